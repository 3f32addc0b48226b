namespace PolicyKb.Views;

/// <summary>An audience on the home page, with the documents it reads first.</summary>
public sealed record AudienceCard(string Name, string Url, string Intro, ImmutableArray<NavLink> FirstReads);
