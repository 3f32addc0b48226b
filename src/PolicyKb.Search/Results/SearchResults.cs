namespace PolicyKb.Search.Results;

/// <summary>
/// The answer to a search: the best hits, how many sections match in all (<paramref name="Total"/>, with the
/// audience filter; <paramref name="TotalAllAudiences"/>, without it), the counts per audience, and, when nothing
/// matches, the index's words nearest to the query's.
/// </summary>
public sealed record SearchResults(
    string Query,
    int Total,
    int TotalAllAudiences,
    ImmutableArray<SearchHit> Hits,
    ImmutableArray<AudienceCount> Audiences,
    ImmutableArray<string> Suggestions);
