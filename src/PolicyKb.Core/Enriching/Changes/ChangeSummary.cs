namespace PolicyKb.Enriching.Changes;

/// <summary>
/// The summary at the top of a change page. A section counts once in each count that applies (a renamed section
/// whose text changed is in <see cref="Renamed"/> and <see cref="Changed"/>). <see cref="Changed"/> counts sections
/// whose own text changed in wording; <see cref="ChangedCosmetically"/> those whose text changed only in white space,
/// punctuation style, link targets or lost link text. Words are those of section text and preamble, headings not
/// included; words of cosmetic runs are not counted. Terms are glossary ids used in one version and not the other.
/// </summary>
public sealed record ChangeSummary(
    int Added,
    int Removed,
    int Moved,
    int Renamed,
    int Changed,
    int ChangedCosmetically,
    int Unchanged,
    int WordsAdded,
    int WordsRemoved,
    ImmutableArray<string> TermsAppeared,
    ImmutableArray<string> TermsDisappeared);
