namespace PolicyKb.Site.Data;

/// <summary>One section of a version in a policy's data file.</summary>
/// <param name="Id">Its stable id (the same in every version whose heading is the same), the anchor on the version's page.</param>
/// <param name="HeadingPath">Its heading, after those of its ancestors, outermost first.</param>
/// <param name="Text">Its own text (not its subsections'), as a reader sees it; blocks separated by a blank line.</param>
/// <param name="Audiences">The ids of the audiences it is for, sorted.</param>
/// <param name="Terms">The glossary ids of the defined terms it uses, sorted.</param>
public sealed record SectionData(
    string Id,
    ImmutableArray<string> HeadingPath,
    string Text,
    ImmutableArray<string> Audiences,
    ImmutableArray<string> Terms);
