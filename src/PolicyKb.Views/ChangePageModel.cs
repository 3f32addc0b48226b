using PolicyKb.Enriching.Changes;
using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>
/// A "what changed" page: the comparison of two consecutive versions, the addresses of both, and the memos that
/// describe the change.
/// </summary>
public sealed record ChangePageModel(
    Policy Policy,
    VersionComparison Comparison,
    string OlderLabel,
    string NewerLabel,
    string OlderUrl,
    string NewerUrl,
    ImmutableArray<NavLink> TermsAppeared,
    ImmutableArray<NavLink> TermsDisappeared,
    ImmutableArray<MemoLink> Memos);
