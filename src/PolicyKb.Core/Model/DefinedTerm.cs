namespace PolicyKb.Model;

/// <summary>
/// A term with a definition: listed in the glossary, or found where a document defines it (<c>... ("Content")</c>).
/// <paramref name="Aliases"/> are the other spellings and inflections that count as a use of the term.
/// </summary>
public sealed record DefinedTerm(
    string Id,
    string Term,
    string Definition,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Audiences,
    ImmutableArray<string> Sources,
    SourceLocation Location);
