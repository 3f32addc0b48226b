namespace PolicyKb.Search.Results;

/// <summary>
/// A section that matched a query. <paramref name="HeadingPath"/> runs from the outermost heading to the section's
/// own; <paramref name="Heading"/> is empty for the text before a document's first heading. <paramref name="Text"/>
/// is the section's plain text, when the request asked for it. <paramref name="Versions"/> are the ids of the versions
/// that have this same section, oldest first (<paramref name="Version"/> is the newest of them; empty for a memo).
/// </summary>
public sealed record SearchHit(
    string Id,
    string Url,
    string Title,
    string Heading,
    ImmutableArray<string> HeadingPath,
    Snippet Snippet,
    float Score,
    string Kind,
    string Document,
    string Version,
    ImmutableArray<string> Versions,
    bool Current,
    ImmutableArray<string> Audiences,
    string? Text)
{
    /// <summary>
    /// Which versions have this same section, when it is more than its own: "in 12 versions: 2023-01-01 to 2024-06-30"
    /// (the first and the last; the search page writes the same words); null for a section of one version or a memo.
    /// </summary>
    public string? VersionSpan => Versions.Length > 1 ? $"in {Versions.Length} versions: {Versions[0]} to {Versions[^1]}" : null;
}
