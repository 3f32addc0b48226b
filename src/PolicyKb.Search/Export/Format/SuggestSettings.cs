namespace PolicyKb.Search.Export.Format;

/// <summary>How the nearest words of the vocabulary are suggested for a query that finds nothing (<see cref="Querying.NearestWords"/>).</summary>
/// <param name="MinLength">Words shorter than this get no suggestions.</param>
/// <param name="PerWord">At most this many suggestions per word.</param>
/// <param name="Max">At most this many suggestions in all.</param>
public sealed record SuggestSettings(int MinLength, int PerWord, int Max);
