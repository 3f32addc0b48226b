namespace PolicyKb.Site.Steps;

/// <summary>The pages of what changed: one per pair of consecutive versions, the list of changes, the memos, each policy's timeline and section histories, and a compare page per policy with versions.</summary>
public sealed class RenderedChangePages : RenderedPages;
