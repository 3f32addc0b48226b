namespace PolicyKb.Search.Export.Format;

/// <summary>A section's entry in its block file <c>b&lt;k&gt;.json</c> (see <see cref="SectionGroups"/>): its stored values and the first page of its text; only the hits shown read it.</summary>
/// <param name="Id">The section's stable id (see <see cref="Schema.SearchFields.Id"/>).</param>
/// <param name="Url">The address of the section on the site.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Heading">The section's own heading, empty for a document's opening text.</param>
/// <param name="Path">The headings of the section's ancestors, outermost first.</param>
/// <param name="Kind"><c>policy</c> or <c>memo</c>.</param>
/// <param name="Document">The policy id or memo id.</param>
/// <param name="Version">The version's id, yyyy-MM-dd[-n]: the newest of <paramref name="Versions"/>.</param>
/// <param name="Versions">The ids of the versions that have this same section, oldest first (empty for a memo).</param>
/// <param name="Current">Whether it is a current version (or a memo).</param>
/// <param name="Audiences">The ids of the audiences the section is for.</param>
/// <param name="Length">The length of its whole text, in UTF-16 code units.</param>
/// <param name="Text">Its first page of text and the margin after it (see <see cref="SnippetSettings"/>).</param>
public sealed record SectionFile(
    string? Id,
    string? Url,
    string? Title,
    string Heading,
    IReadOnlyList<string> Path,
    string? Kind,
    string? Document,
    string? Version,
    IReadOnlyList<string> Versions,
    bool Current,
    IReadOnlyList<string> Audiences,
    int Length,
    string Text);
