using System.Security.Cryptography;
using System.Text;
using PolicyKb.Hashing;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// A run of the catalog's sections written as one Lucene index of its own, named by the hash of everything it is
/// made of (its sections and the search code), so that a part whose sections did not change is never written again.
/// </summary>
public sealed record IndexPart(string Name, int Start, int Count);

/// <summary>
/// Cuts the catalog into <see cref="IndexPart"/>s: whole documents (a policy with all its versions, or a memo), a
/// part ending after a document whose id hashes to a multiple of <see cref="DocumentsPerPart"/>. The cuts depend only
/// on the ids of the documents around them, so adding, removing or editing a document rewrites its own part and
/// leaves the others as they were; and the parts, read one after another, are the catalog in its order.
/// </summary>
public static class IndexParts
{
    /// <summary>The average number of documents in a part: on the corpus (114 documents) about 14 parts.</summary>
    public const int DocumentsPerPart = 8;

    /// <summary>The parts of <paramref name="sections"/>; <paramref name="documentsPerPart"/> is for tests (1: a part per document).</summary>
    public static ImmutableArray<IndexPart> Of(IReadOnlyList<IndexedSection> sections, int documentsPerPart = DocumentsPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documentsPerPart, 1);
        ArgumentNullException.ThrowIfNull(sections);
        var cuts = Cuts([.. sections.Select(s => s.Kind + "/" + s.Document)], documentsPerPart);
        var parts = new IndexPart[cuts.Count];
        Parallel.For(0, cuts.Count, p => parts[p] = new IndexPart(Hash(sections, cuts[p].Start, cuts[p].Count), cuts[p].Start, cuts[p].Count));
        return [.. parts];
    }

    /// <summary>
    /// The runs (start, count) of <paramref name="documents"/> (each section's <c>kind/document</c>, in catalog order)
    /// cut as parts are cut. The search export groups its section files by the same rule, so that an edit renames
    /// the files of one group only.
    /// </summary>
    public static List<(int Start, int Count)> Cuts(IReadOnlyList<string> documents, int documentsPerPart = DocumentsPerPart)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var cuts = new List<(int Start, int Count)>();
        var start = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (i + 1 == documents.Count || documents[i] != documents[i + 1] && EndsPart(documents[i], documentsPerPart))
            {
                cuts.Add((start, i + 1 - start));
                start = i + 1;
            }
        }

        return cuts;
    }

    private static bool EndsPart(string document, int documentsPerPart)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(document), hash);
        return BitConverter.ToUInt32(hash) % documentsPerPart == 0;
    }

    /// <summary>The hash of every value of the sections that goes into their index, and of the code that writes it.</summary>
    private static string Hash(IReadOnlyList<IndexedSection> sections, int start, int count)
    {
        using var hash = new ContentHash();
        hash.Add(SearchCode.Version);
        for (var i = start; i < start + count; i++)
        {
            var s = sections[i];
            hash.Add(s.Id).Add(s.Kind).Add(s.Document).Add(s.Version).Add(s.Current ? "1" : "0").AddAll(s.Audiences)
                .Add(s.Url).Add(s.Title).Add(s.Heading).AddAll(s.Path).Add(s.Text).AddAll(s.TermIds).AddAll(s.TermNames);
        }

        return hash.Finish();
    }
}
