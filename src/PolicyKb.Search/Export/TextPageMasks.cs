using System.Text;
using Lucene.Net.Index;
using PolicyKb.Search.Results;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>
/// For each section of more than one page (see <see cref="TextPages"/>), the pages of its text each term occurs on, as
/// bits, from the term vectors' offsets; a one-page section has every term on page 0.
/// </summary>
internal sealed class TextPageMasks
{
    private readonly Dictionary<string, int>?[] _masks;

    private TextPageMasks(Dictionary<string, int>?[] masks) => _masks = masks;

    /// <summary>The pages <paramref name="term"/> is on in the text of section <paramref name="doc"/> (a global document number), as bits.</summary>
    public int Of(int doc, string term) => _masks[doc] is { } byTerm ? byTerm[term] : 1;

    /// <summary>Reads the masks of every section of <paramref name="reader"/>, each part on its own, on all cores.</summary>
    public static TextPageMasks Read(IndexReader reader, StoredSection[] documents)
    {
        var masks = new Dictionary<string, int>?[reader.MaxDoc];
        Parallel.ForEach(reader.Leaves, leaf =>
        {
            var atomic = leaf.AtomicReader;
            DocsAndPositionsEnum? occurrences = null;
            // A part's documents share one string per term (thousands of long sections repeat the same words).
            var pool = new HashSet<string>(StringComparer.Ordinal);
            var pooled = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            var chars = new char[256];
            for (var local = 0; local < atomic.MaxDoc; local++)
            {
                var doc = leaf.DocBase + local;
                var length = documents[doc].Text.Length;
                var vector = TextPages.Count(length) == 1 ? null : atomic.GetTermVector(local, SearchFields.Text);
                if (vector is null)
                {
                    continue;
                }

                var byTerm = masks[doc] = new Dictionary<string, int>(StringComparer.Ordinal);
                var termsEnum = vector.GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    occurrences = termsEnum.DocsAndPositions(null, occurrences, DocsAndPositionsFlags.OFFSETS);
                    occurrences.NextDoc();
                    var mask = 0;
                    for (var i = 0; i < occurrences.Freq; i++)
                    {
                        occurrences.NextPosition();
                        mask |= 1 << TextPages.PageOf(occurrences.StartOffset, length);
                    }

                    var bytes = termsEnum.Term;
                    if (chars.Length < bytes.Length)
                    {
                        chars = new char[bytes.Length * 2];
                    }

                    var term = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes.Bytes, bytes.Offset, bytes.Length, chars, 0));
                    if (!pooled.TryGetValue(term, out var shared))
                    {
                        shared = new string(term);
                        pool.Add(shared);
                    }

                    byTerm[shared] = mask;
                }
            }
        });

        return new TextPageMasks(masks);
    }
}
