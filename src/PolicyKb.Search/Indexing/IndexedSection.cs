namespace PolicyKb.Search.Indexing;

/// <summary>
/// One section as the index sees it: where it is (<paramref name="Url"/>), what it belongs to, who it is for, and its
/// text. <paramref name="Path"/> holds the ancestors' headings, outermost first; <paramref name="Heading"/> is empty
/// for the text before a document's first heading. <see cref="Versions"/> are the ids of the versions of the policy
/// that have this same section, oldest first (the section's own <paramref name="Version"/> is the newest of them);
/// empty for a memo.
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
    ImmutableArray<string> TermNames)
{
    public ImmutableArray<string> Versions { get; init; } = [];
}
