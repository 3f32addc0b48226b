using System.Text.Json;
using Lucene.Net.Index;
using PolicyKb.Pipeline;
using PolicyKb.Search.Export.Format;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>
/// Exports what the search page needs from the Lucene index itself (its terms, postings with frequencies and
/// positions, norms, field statistics, stored fields and description) into static files, split so that a query
/// downloads only the parts for its terms, and named by their content so they can be cached for ever. Only
/// <see cref="ManifestFile"/> keeps its name. The format is specified by the records of <see cref="Format"/>, from
/// <see cref="SearchManifest"/> on.
/// </summary>
public static class SearchIndexExporter
{
    public const string ManifestFile = "manifest.json";

    /// <summary>The fields the script scores, in the order of the bits of a term entry's field mask.</summary>
    public static readonly ImmutableArray<string> ScoredFields =
        [SearchFields.Text, SearchFields.Heading, SearchFields.Title, SearchFields.Terms, SearchFields.Pairs];

    private static readonly ImmutableArray<string> WordFields = [.. ScoredFields.Where(f => f != SearchFields.Pairs)];

    private const int PositionShardBytes = 4 * 1024;

    /// <summary>
    /// Exports the index that <paramref name="reader"/> reads. <paramref name="sections"/>, when given, are the
    /// sections the index was written from, in document order: their stored values are then taken from them instead
    /// of being decoded from the index (the slowest part of an export); they must be the index's documents.
    /// </summary>
    public static ImmutableArray<ExportedFile> Export(DirectoryReader reader, IReadOnlyList<IndexedSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Export(reader, IndexDescription.FromCommitData(reader.IndexCommit.UserData), sections);
    }

    /// <summary>
    /// Exports the index that <paramref name="reader"/> reads (one index, or the parts of one read together, see
    /// <see cref="PartedIndex"/>), whose description is <paramref name="description"/>. Each part (leaf) is read on its
    /// own, on all cores, and their terms merged: the export is the same however the index is cut into parts.
    /// </summary>
    public static ImmutableArray<ExportedFile> Export(IndexReader reader, IndexDescription description, IReadOnlyList<IndexedSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(description);
        if (description.Audiences.Length > 24)
        {
            throw new InvalidOperationException("The search page filters by at most 24 audiences.");
        }

        var files = new ExportFiles();
        var documents = sections is null ? StoredSection.Read(reader) : StoredSection.From(sections, reader);
        var read = PartTerms.Read(reader, [.. WordFields, SearchFields.Pairs], TextPageMasks.Read(reader, documents));

        // Positions are added as term entries are written into their shards, so the position files come after them.
        var positions = new PositionStore(PositionShardBytes);
        var terms = Shards.Cut(files, "terms", ShardEntries.Terms(read, ScoredFields, WordFields, positions));
        var pairs = Shards.Cut(files, "pairs", ShardEntries.Terms(read, ScoredFields, [SearchFields.Pairs], positions));
        var positionFiles = new PositionFiles("positions/", [.. positions.Finish().Select(p => files.AddNamedByContent("positions", "bin", p))]);
        var words = Shards.Cut(files, "words", ShardEntries.Words(reader));

        var manifest = new SearchManifest(
            SearchManifest.CurrentFormat,
            Generator.NameAndVersion,
            reader.MaxDoc,
            ManifestSettings.Similarity,
            ManifestSettings.Fields(reader, ScoredFields),
            ManifestSettings.Query,
            ManifestSettings.Snippet,
            ManifestSettings.Suggest,
            description.Audiences,
            description.Synonyms,
            SectionFlags.Write(documents, description.Audiences, files),
            terms,
            pairs,
            words,
            positionFiles,
            SectionFiles.Write(documents, files));
        files.Add(new ExportedFile(ManifestFile, JsonSerializer.SerializeToUtf8Bytes(manifest, ExportJson.Default.SearchManifest)));
        return files.All;
    }
}
