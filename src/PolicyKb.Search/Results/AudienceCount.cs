namespace PolicyKb.Search.Results;

/// <summary>How many sections match a query for one audience (the audience filter shows these counts).</summary>
public sealed record AudienceCount(string Id, string Name, int Count);
