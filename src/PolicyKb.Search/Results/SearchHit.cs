namespace PolicyKb.Search.Results;

/// <summary>
/// A section that matched a query. <paramref name="HeadingPath"/> runs from the outermost heading to the section's
/// own; <paramref name="Heading"/> is empty for the text before a document's first heading. <paramref name="Text"/>
/// is the section's plain text, when the request asked for it.
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
    bool Current,
    ImmutableArray<string> Audiences,
    string? Text);
