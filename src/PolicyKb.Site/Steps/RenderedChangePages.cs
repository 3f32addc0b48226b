namespace PolicyKb.Site.Steps;

/// <summary>The pages of what changed: one per pair of consecutive versions, the list of changes, and the memos.</summary>
public sealed class RenderedChangePages : RenderedPages;
