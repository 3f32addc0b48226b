namespace PolicyKb.Views;

/// <summary>The audience a page is viewed for, and which of its sections matter to that audience.</summary>
public sealed record AudienceView(string Id, string ShortName, string Name, IReadOnlySet<string> RelevantSections, bool WholeDocument);
