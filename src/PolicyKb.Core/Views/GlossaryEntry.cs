namespace PolicyKb.Views;

/// <summary>
/// A term on the glossary page: its definition in plain words, the sentence where a document defines it (if one
/// does), its other spellings, who it matters to, and every section that uses it.
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Term,
    string Definition,
    string? DefiningSentence,
    NavLink? DefinedIn,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> AudienceNames,
    ImmutableArray<NavLink> Sources,
    ImmutableArray<SectionGroup> UsedIn);
