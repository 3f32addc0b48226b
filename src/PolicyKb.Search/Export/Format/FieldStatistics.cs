namespace PolicyKb.Search.Export.Format;

/// <summary>A scored field and the collection statistics BM25 needs of it.</summary>
/// <param name="Name">The field's name (see <see cref="Schema.SearchFields"/>).</param>
/// <param name="SumTotalTermFreq">The number of tokens of the field over all sections (for the average field length).</param>
/// <param name="DocCount">The number of sections that have the field.</param>
/// <param name="Positions">Whether the field's term entries say where their positions are (phrases are looked up in it).</param>
/// <param name="Pages">Whether the field's postings give the pages of the text each term is on.</param>
public sealed record FieldStatistics(string Name, long SumTotalTermFreq, int DocCount, bool Positions, bool Pages);
