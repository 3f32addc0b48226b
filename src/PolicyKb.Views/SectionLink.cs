namespace PolicyKb.Views;

/// <summary>A link to a section, with the start of its text.</summary>
public sealed record SectionLink(string Heading, string Url, string? Excerpt);
