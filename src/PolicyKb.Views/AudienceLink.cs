namespace PolicyKb.Views;

/// <summary>An audience as the header's switcher shows it.</summary>
public sealed record AudienceLink(string Id, string ShortName, string Name, string Url);
