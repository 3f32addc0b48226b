namespace PolicyKb.Model;

/// <summary>
/// A readership with its own view of the documents: the documents it reads first, in order, and rules that pick
/// relevant sections out of other documents.
/// </summary>
public sealed record Audience(
    string Id,
    string Name,
    string ShortName,
    string Path,
    string Intro,
    ImmutableArray<string> Documents,
    bool IncludesMemos,
    ImmutableArray<SectionRule> SectionRules,
    SourceLocation Location);
