namespace PolicyKb.Site.Rendering;

/// <summary>A page to render: its URL, the theme component and the component's parameters.</summary>
public sealed record PageJob(string Url, Type Component, IReadOnlyDictionary<string, object?> Parameters);
