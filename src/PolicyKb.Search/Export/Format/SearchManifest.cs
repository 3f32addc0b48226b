using PolicyKb.Search.Indexing;

namespace PolicyKb.Search.Export.Format;

/// <summary>
/// <c>manifest.json</c>, the one file of the export with a fixed name: everything a first query needs, and the lists
/// of the other files, each named by the first 12 hex digits of the SHA-256 of its content.
/// </summary>
/// <remarks>
/// The records of this folder are the specification of the export (the search page's script names their shapes in
/// JSDoc typedefs, <c>theme/assets/search/index-files.js</c>). In every binary file, an integer is an unsigned LEB128
/// varint, and a key is front-coded against the key before it in its shard (the first against the empty string): the
/// number of UTF-16 code units it shares with it (never half a surrogate pair), the UTF-8 byte length of the rest,
/// then the rest in UTF-8. A document number is the section's number in index order, 0 to <see cref="MaxDoc"/> − 1.
/// </remarks>
/// <param name="Format">The format of the export; a reader refuses any other (<see cref="CurrentFormat"/>).</param>
/// <param name="Generator">The tool and version that wrote the export ("policykb 1.0.0"); the script does not read it.</param>
/// <param name="MaxDoc">The number of sections.</param>
/// <param name="Similarity">The BM25 parameters the index was scored with.</param>
/// <param name="Fields">The scored fields, in the order of the bits of a term entry's field mask.</param>
/// <param name="Query">The numbers of the query semantics.</param>
/// <param name="Snippet">How snippets and pages of text are cut.</param>
/// <param name="Suggest">How words are suggested for a query that finds nothing.</param>
/// <param name="Audiences">The audiences to filter by, in the order of the audience bits of <see cref="Docs"/>.</param>
/// <param name="Synonyms">The glossary's spellings grouped by term: each form of a group is a synonym of the others.</param>
/// <param name="Docs">
/// The path of the flags file, <c>docs/&lt;hash&gt;.bin</c>, which every query reads: the number of sections, then one
/// integer per section: bit 0 set for a current version or a memo, bit 1 for a memo, bit 2 + i for <see cref="Audiences"/>[i].
/// </param>
/// <param name="Terms">
/// The term shards of the word fields (every field of <see cref="Fields"/> but <c>pairs</c>). An entry is a term
/// (its key), then its field mask (bit i for <see cref="Fields"/>[i]), then, for each field of the mask in order, its
/// document frequency, its postings, and for a field with <see cref="FieldStatistics.Positions"/> the position shard
/// and byte offset in it (see <see cref="PositionFiles"/>). A posting is the document number as the gap from the one
/// before, minus one (the first counts from −1), the frequency, the norm (one byte), and for a field with
/// <see cref="FieldStatistics.Pages"/> the pages of the section's text the term is on, as bits (see <see cref="SnippetSettings"/>).
/// </param>
/// <param name="Pairs">The term shards of the <c>pairs</c> field (two adjacent stems and a space between), entries as in <see cref="Terms"/>.</param>
/// <param name="Words">The shards of the vocabulary: an entry is a surface word (its key) and the number of sections using it.</param>
/// <param name="Positions">The position shards, read only for phrases.</param>
/// <param name="Sections">Where each section's metadata and text are.</param>
public sealed record SearchManifest(
    int Format,
    string Generator,
    int MaxDoc,
    Bm25Settings Similarity,
    ImmutableArray<FieldStatistics> Fields,
    QuerySettings Query,
    SnippetSettings Snippet,
    SuggestSettings Suggest,
    ImmutableArray<AudienceLabel> Audiences,
    ImmutableArray<ImmutableArray<SynonymForm>> Synonyms,
    string Docs,
    ShardList Terms,
    ShardList Pairs,
    ShardList Words,
    PositionFiles Positions,
    SectionGroups Sections)
{
    /// <summary>The format this code writes and the script reads.</summary>
    public const int CurrentFormat = 3;
}
