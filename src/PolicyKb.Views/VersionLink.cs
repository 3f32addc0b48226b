namespace PolicyKb.Views;

/// <summary>A version of a policy in a version list, with the link to what changed from the version before it.</summary>
public sealed record VersionLink(string DateLabel, string DateSlug, string Url, bool IsCurrent, bool IsShown, string? ChangesUrl, string? ChangeSummary);
