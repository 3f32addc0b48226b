namespace PolicyKb.Site.Steps;

/// <summary>The policy pages: each policy's current version, every dated version, and the audiences' views of them.</summary>
public sealed class RenderedPolicyPages : RenderedPages;
