namespace PolicyKb.Views;

/// <summary>
/// What every page shows of the site: its name, the audiences, the content-hashed asset URLs, and the generator that
/// built it ("policykb 1.0.0", for the <c>&lt;meta name="generator"&gt;</c> tag).
/// </summary>
public sealed record SiteInfo(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Publisher,
    ImmutableArray<AudienceLink> Audiences,
    ThemeAssetUrls Assets,
    string Generator);
