namespace PolicyKb.Site.Rendering;

/// <summary>
/// A page to render: its URL, the theme component and the component's parameters, and optionally the fingerprint of
/// everything it depends on (an unchanged fingerprint lets an incremental build reuse the previous file).
/// </summary>
public sealed record PageJob(string Url, Type Component, IReadOnlyDictionary<string, object?> Parameters, string? Fingerprint = null);
