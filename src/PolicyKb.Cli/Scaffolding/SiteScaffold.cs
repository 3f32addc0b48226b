using System.Reflection;

namespace PolicyKb.Cli.Scaffolding;

/// <summary>
/// The files of a new site, as <c>policykb new</c> writes them: embedded from <c>Scaffolding/templates/</c>, with
/// <c>{{version}}</c> replaced by the tool's version so the new site pins the tool that made it.
/// </summary>
internal static class SiteScaffold
{
    private const string Prefix = "templates/";
    private const string VersionToken = "{{version}}";
    private static readonly Assembly Assembly = typeof(SiteScaffold).Assembly;

    /// <summary>The path of each file in the new site, ordered, with its template's resource name.</summary>
    public static IReadOnlyList<(string Path, string Resource)> Files { get; } = [.. Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => (SitePath(name[Prefix.Length..].Replace('\\', '/')), name))
        .OrderBy(f => f.Item1, StringComparer.Ordinal)];

    /// <summary>Writes every file under <paramref name="directory"/> and returns their paths relative to it.</summary>
    public static IReadOnlyList<string> Write(string directory, string version)
    {
        foreach (var (path, resource) in Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Read(resource).Replace(VersionToken, version, StringComparison.Ordinal));
        }

        return [.. Files.Select(f => f.Path)];
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A .gitignore in the templates folder would apply to the generator's own repository, so it is stored without its dot.
    private static string SitePath(string template) => template == "gitignore" ? ".gitignore" : template;
}
