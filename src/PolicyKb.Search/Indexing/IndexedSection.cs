namespace PolicyKb.Search.Indexing;

/// <summary>
/// One section as the index sees it: where it is (<paramref name="Url"/>), what it belongs to, who it is for, and its
/// text. <paramref name="Path"/> holds the ancestors' headings, outermost first; <paramref name="Heading"/> is empty
/// for the text before a document's first heading.
/// </summary>
public sealed record IndexedSection(
    string Id,
    string Kind,
    string Document,
    string Version,
    bool Current,
    ImmutableArray<string> Audiences,
    string Url,
    string Title,
    string Heading,
    ImmutableArray<string> Path,
    string Text,
    ImmutableArray<string> TermIds,
    ImmutableArray<string> TermNames);
