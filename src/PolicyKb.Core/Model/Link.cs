namespace PolicyKb.Model;

/// <summary>A hyperlink whose target passed the URL allow-list (http, https, mailto, relative, fragment).</summary>
public sealed record Link(string Target, ImmutableArray<Inline> Children) : Inline;
