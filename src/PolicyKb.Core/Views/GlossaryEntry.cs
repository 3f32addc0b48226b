namespace PolicyKb.Views;

/// <summary>
/// A term on the glossary page: its definition in plain words (none for a term only a document defines), the sentence
/// where a document defines it (if one does), its other spellings, who it matters to, every section that uses it, the
/// document it holds in when only one document gives it this meaning, and why its uses are not linked, if they are not.
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Term,
    string? Definition,
    string? DefiningSentence,
    NavLink? DefinedIn,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> AudienceNames,
    ImmutableArray<NavLink> Sources,
    ImmutableArray<SectionGroup> UsedIn,
    string? HoldsIn = null,
    string? NotLinkedReason = null);
