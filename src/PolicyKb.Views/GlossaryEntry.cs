namespace PolicyKb.Views;

/// <summary>
/// A term on the glossary page: its definition in plain words (none for a term only a document defines), the sentence
/// where a document defines it (if one does), its other spellings, who it matters to, every section that uses it, the
/// document it holds in when only one document gives it this meaning, why its uses are not linked, if they are not,
/// and, for each policy that uses it, which of its versions do (definitions are versioned with the documents).
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
    string? NotLinkedReason = null,
    ImmutableArray<TermVersions> Versions = default);

/// <summary>The versions of one policy that use a term, oldest first, and how many versions the policy has.</summary>
public sealed record TermVersions(string DocumentTitle, ImmutableArray<NavLink> Versions, int VersionCount);
