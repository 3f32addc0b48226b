using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyKb.Search.Export.Format;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Results;

namespace PolicyKb.Search.Export;

/// <summary>
/// Writes each section's metadata and the first page of its text, in blocks of <see cref="BlockSize"/> sections, and
/// one file per further page (see <see cref="TextPages"/>), which only the hits shown fetch, grouped as
/// <see cref="SectionGroups"/> describes: as the index is cut into parts, so that a hit fetches what it needs in one
/// round trip and an edit to one document gives new names to its group's files only.
/// </summary>
internal static class SectionFiles
{
    /// <summary>
    /// Sections per block file. A file costs a static host and a deploy more than its bytes (on this disk ~1 ms to
    /// create); four sections' first pages are a few KB gzip, so the hits of a query still fetch little.
    /// </summary>
    public const int BlockSize = 4;

    /// <summary>Adds the files of <paramref name="documents"/> to <paramref name="files"/> and returns their groups.</summary>
    public static SectionGroups Write(StoredSection[] documents, ExportFiles files)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        var folders = ImmutableArray.CreateBuilder<string>();
        foreach (var (start, count) in IndexParts.Cuts([.. documents.Select(d => d.Kind + "/" + d.Document)]))
        {
            var group = new List<(string Name, byte[] Content)>();
            for (var block = 0; block * BlockSize < count; block++)
            {
                var sections = new List<SectionFile>();
                var pages = new List<(string Name, byte[] Content)>();
                for (var local = block * BlockSize; local < Math.Min(count, (block + 1) * BlockSize); local++)
                {
                    sections.Add(AddSection(pages, local.ToString(CultureInfo.InvariantCulture), documents[start + local]));
                }

                group.Add(($"b{block.ToString(CultureInfo.InvariantCulture)}.json", JsonSerializer.SerializeToUtf8Bytes(sections.ToArray(), ExportJson.Default.SectionFileArray)));
                group.AddRange(pages);
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

        return new SectionGroups(starts.ToImmutable(), folders.ToImmutable(), BlockSize);
    }

    /// <summary>A section's entry of its block; adds the files of its further pages to <paramref name="pages"/>.</summary>
    private static SectionFile AddSection(List<(string Name, byte[] Content)> pages, string number, StoredSection document)
    {
        var text = document.Text;
        var (_, firstEnd) = TextPages.Region(0, text.Length);
        var file = new SectionFile(
            document.Id, document.Url, document.Title, document.Heading, document.Path, document.Kind, document.Document,
            document.Version, document.Versions, document.Current, document.Audiences, text.Length, text[..firstEnd]);
        for (var page = 1; page < TextPages.Count(text.Length); page++)
        {
            var (pageStart, pageEnd) = TextPages.Region(page, text.Length);
            pages.Add(($"{number}-{page.ToString(CultureInfo.InvariantCulture)}.txt", Encoding.UTF8.GetBytes(text[pageStart..pageEnd])));
        }

        return file;
    }
}
