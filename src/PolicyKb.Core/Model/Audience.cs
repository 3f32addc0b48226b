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
    SourceLocation Location)
{
    /// <summary>The name inside a sentence ("for people who use Instagram"): its first letter in lower case, unless it starts an acronym.</summary>
    public string NameInSentence => InSentence(Name);

    /// <summary>The short name inside a sentence ("for developers").</summary>
    public string ShortNameInSentence => InSentence(ShortName);

    /// <summary>An audience's name as written inside a sentence: its first letter in lower case, unless the name starts with an acronym or is empty.</summary>
    public static string InSentence(string name) =>
        name.Length == 0 || !char.IsUpper(name[0]) || (name.Length > 1 && char.IsUpper(name[1]))
            ? name
            : char.ToLowerInvariant(name[0]) + name[1..];
}
