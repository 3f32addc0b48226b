namespace PolicyKb.Views;

/// <summary>The published, content-hashed URLs of the theme's stylesheet and scripts.</summary>
public sealed record ThemeAssetUrls(string Stylesheet, string Script, string? SearchScript, string Icon)
{
    /// <summary>The compare page's script, when the theme has one.</summary>
    public string? CompareScript { get; init; }
}
