namespace PolicyKb.Search;

/// <summary>
/// A search: the query string (see README.md for its syntax), an optional audience id to filter by, whether archived
/// versions take part, how many hits to return, and whether hits carry their section's full text.
/// </summary>
public sealed record SearchRequest(string Query, string? Audience = null, bool IncludeArchived = false, int Limit = 10, bool IncludeText = false);
