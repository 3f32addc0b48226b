using System.Reflection;

namespace PolicyKb.Site.Assets;

/// <summary>
/// The theme's static files (CSS, scripts, icons): the resources embedded in the theme assembly, each replaced by the
/// file of the same path in a theme folder's assets/ when one is given (so `serve` picks up edits, and a site's
/// theme/assets/site.css replaces the stylesheet alone, keeping every other built-in asset).
/// </summary>
public sealed class ThemeAssetSource(string? themeDirectory)
{
    private static readonly Assembly ThemeAssembly = typeof(PolicyKb.Theme.Layout.SiteLayout).Assembly;

    /// <summary>Every asset as (path relative to the assets folder, content), ordered by path.</summary>
    public IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        var files = new SortedDictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        foreach (var name in ThemeAssembly.GetManifestResourceNames().Where(name => name.StartsWith("assets/", StringComparison.Ordinal)))
        {
            files[name["assets/".Length..].Replace('\\', '/')] = () => Read(name);
        }

        var assets = themeDirectory is null ? null : Path.Combine(themeDirectory, "assets");
        if (assets is not null && Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(assets, file).Replace(Path.DirectorySeparatorChar, '/');
                if (!path.Split('/').Any(part => part.StartsWith('.')))
                {
                    files[path] = () => File.ReadAllBytes(file);
                }
            }
        }

        return [.. files.Select(f => (f.Key, f.Value()))];
    }

    private static byte[] Read(string resource)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
