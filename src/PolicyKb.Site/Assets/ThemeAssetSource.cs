using System.Reflection;

namespace PolicyKb.Site.Assets;

/// <summary>
/// The theme's static files (CSS, scripts, icons): read from a theme folder on disk when one is given (so `serve`
/// picks up edits), otherwise from the resources embedded in the theme assembly.
/// </summary>
public sealed class ThemeAssetSource(string? themeDirectory)
{
    private static readonly Assembly ThemeAssembly = typeof(PolicyKb.Theme.Layout.SiteLayout).Assembly;

    /// <summary>Every asset as (path relative to the assets folder, content), ordered by path.</summary>
    public IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        var assets = themeDirectory is null ? null : Path.Combine(themeDirectory, "assets");
        if (assets is not null && Directory.Exists(assets))
        {
            return [.. Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(assets, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(f)))
                .Where(f => !f.Item1.Split('/').Any(part => part.StartsWith('.')))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)];
        }

        return [.. ThemeAssembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("assets/", StringComparison.Ordinal))
            .Select(name => (name["assets/".Length..].Replace('\\', '/'), Read(name)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];
    }

    private static byte[] Read(string resource)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
