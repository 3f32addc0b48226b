namespace PolicyKb.Site.Steps;

/// <summary>The pages of what changed: one per pair of consecutive versions, the list of changes, the memos, and each policy's timeline.</summary>
public sealed class RenderedChangePages : RenderedPages;
