using System.Text.Json;

namespace PolicyKb.Site.Incremental;

/// <summary>
/// What the last successful build rendered: for each page URL, the fingerprint of everything the page depended on.
/// Kept in the cache folder (never published); a missing or unreadable manifest simply means a full build.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = "build-manifest.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public Dictionary<string, string> Pages { get; init; } = new(StringComparer.Ordinal);

    public static BuildManifest Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize<BuildManifest>(File.ReadAllText(path)) ?? new BuildManifest()
                : new BuildManifest();
        }
        catch (JsonException)
        {
            return new BuildManifest();
        }
    }

    public void Save(string cacheDirectory)
    {
        Directory.CreateDirectory(cacheDirectory);
        var ordered = new BuildManifest();
        foreach (var (url, fingerprint) in Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            ordered.Pages[url] = fingerprint;
        }

        var path = Path.Combine(cacheDirectory, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(ordered, Indented));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
