namespace PolicyKb.Views;

/// <summary>
/// The published, content-hashed URLs of the theme's stylesheet and scripts; <paramref name="SearchModules"/> are the
/// modules the search script imports (the search page preloads them).
/// </summary>
public sealed record ThemeAssetUrls(string Stylesheet, string Script, string? SearchScript, string Icon, ImmutableArray<string> SearchModules = default)
{
    /// <summary>The compare page's script, when the theme has one.</summary>
    public string? CompareScript { get; init; }
}
