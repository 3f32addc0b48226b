namespace PolicyKb.Views;

/// <summary>What every page shows of the site: its name, the audiences, and the content-hashed asset URLs.</summary>
public sealed record SiteInfo(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Publisher,
    ImmutableArray<AudienceLink> Audiences,
    ThemeAssetUrls Assets);
