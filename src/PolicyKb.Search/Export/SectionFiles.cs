using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyKb.Search.Export.Format;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Results;

namespace PolicyKb.Search.Export;

/// <summary>
/// Writes each section's file (its metadata and the first page of its text) and one file per further page (see
/// <see cref="TextPages"/>), which only the hits shown fetch, grouped as <see cref="SectionGroups"/> describes: as the
/// index is cut into parts, so that a hit fetches what it needs in one round trip and an edit to one document gives
/// new names to its group's files only.
/// </summary>
internal static class SectionFiles
{
    /// <summary>Adds the files of <paramref name="documents"/> to <paramref name="files"/> and returns their groups.</summary>
    public static SectionGroups Write(StoredSection[] documents, ExportFiles files)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        var folders = ImmutableArray.CreateBuilder<string>();
        foreach (var (start, count) in IndexParts.Cuts([.. documents.Select(d => d.Kind + "/" + d.Document)]))
        {
            var group = new List<(string Name, byte[] Content)>();
            for (var local = 0; local < count; local++)
            {
                AddSection(group, local.ToString(CultureInfo.InvariantCulture), documents[start + local]);
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var (name, content) in group)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name));
                hash.AppendData(content);
            }

            var folder = $"sections/{Convert.ToHexStringLower(hash.GetHashAndReset())[..ExportFiles.HashLength]}/";
            foreach (var (name, content) in group)
            {
                files.Add(new ExportedFile(folder + name, content));
            }

            starts.Add(start);
            folders.Add(folder);
        }

        return new SectionGroups(starts.ToImmutable(), folders.ToImmutable());
    }

    private static void AddSection(List<(string Name, byte[] Content)> group, string number, StoredSection document)
    {
        var text = document.Text;
        var (_, firstEnd) = TextPages.Region(0, text.Length);
        var file = new SectionFile(
            document.Id, document.Url, document.Title, document.Heading, document.Path, document.Kind, document.Document,
            document.Version, document.Versions, document.Current, document.Audiences, text.Length, text[..firstEnd]);
        group.Add((number + ".json", JsonSerializer.SerializeToUtf8Bytes(file, ExportJson.Default.SectionFile)));
        for (var page = 1; page < TextPages.Count(text.Length); page++)
        {
            var (pageStart, pageEnd) = TextPages.Region(page, text.Length);
            group.Add(($"{number}-{page.ToString(CultureInfo.InvariantCulture)}.txt", Encoding.UTF8.GetBytes(text[pageStart..pageEnd])));
        }
    }
}
