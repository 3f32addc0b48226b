using System.Security.Cryptography;
using System.Text;
using PolicyKb.Pipeline;
using PolicyKb.Site.Assets;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Publishes the theme's assets under <c>/assets/&lt;hash&gt;/</c>, where the hash is of all assets together: any
/// change gives new URLs, so the host can cache assets forever, and scripts can still import each other by
/// relative path.
/// </summary>
public sealed class PublishThemeAssets(string? themeDirectory) : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Output;

    public IReadOnlyList<Need> Needs { get; } = [];

    public IReadOnlyList<Type> Makes { get; } = [typeof(ThemeAssetUrls)];

    public void Execute(BuildContext context)
    {
        var files = new ThemeAssetSource(themeDirectory).Files();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\0"));
            sha.AppendData(content);
        }

        var prefix = SiteUrls.Assets + Convert.ToHexStringLower(sha.GetHashAndReset())[..12] + "/";
        foreach (var (path, content) in files)
        {
            context.Output.Add(prefix + path, content);
        }

        const string searchScript = "search/search-page.js";
        var hasSearch = files.Any(f => f.Path == searchScript);
        var searchModules = hasSearch ? [.. ModuleImports.Of(files, searchScript).Select(path => prefix + path)] : ImmutableArray<string>.Empty;
        context.Set(new ThemeAssetUrls(prefix + "site.css", prefix + "site.js", hasSearch ? prefix + searchScript : null, prefix + "icon.svg", searchModules)
        {
            CompareScript = files.Any(f => f.Path == "compare/compare-page.js") ? prefix + "compare/compare-page.js" : null,
        });
    }
}
