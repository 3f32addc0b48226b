namespace PolicyKb.Views;

/// <summary>
/// The page that compares any two versions of a policy in the browser: the versions to choose from (newest first) and
/// the two chosen when the query names none (the version before the current one, and the current one).
/// </summary>
public sealed record ComparePageModel(string PolicyTitle, string PolicyUrl, ImmutableArray<CompareChoice> Versions, string From, string To);

/// <summary>A version to compare: its id (the query's value), its label, its page and its data file.</summary>
public sealed record CompareChoice(string Id, string Label, string Url, string Data);
