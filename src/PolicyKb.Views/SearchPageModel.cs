namespace PolicyKb.Views;

/// <summary>The search page: the audiences to filter by and where the static index lives.</summary>
public sealed record SearchPageModel(ImmutableArray<AudienceLink> Audiences, string IndexUrl);
