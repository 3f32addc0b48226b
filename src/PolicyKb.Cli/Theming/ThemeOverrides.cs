using System.Runtime.Loader;
using PolicyKb.Diagnostics;
using PolicyKb.Hashing;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Cli.Theming;

/// <summary>
/// The Razor components of a site's <c>theme/</c> folder (one without the generator's source): each replaces the
/// built-in component of the same file name, or adds a component when no built-in one has its name. They are
/// compiled, with every built-in component they did not replace, against the theme sources shipped beside the tool
/// (<c>theme/</c> next to policykb.dll), as <c>serve</c> recompiles the repository's theme. The assembly is kept in
/// the cache under the hash of everything it was made of, so only a changed override is compiled again.
/// </summary>
internal sealed class ThemeOverrides
{
    private readonly string _directory;
    private AssemblyLoadContext? _loaded;

    private ThemeOverrides(string directory, IReadOnlyList<string> files)
    {
        _directory = directory;
        Files = files;
    }

    /// <summary>Where the tool's own theme sources are: copied next to it by its build and inside its package.</summary>
    public static string BuiltInSources { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>The override files, full paths, ordered.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The overrides in <paramref name="themeDirectory"/>; null when it has none or is a theme project itself (the repository's).</summary>
    public static ThemeOverrides? In(string? themeDirectory)
    {
        if (themeDirectory is null || !Directory.Exists(themeDirectory) || File.Exists(Path.Combine(themeDirectory, "PolicyKb.Theme.csproj")))
        {
            return null;
        }

        var files = RazorFiles(themeDirectory);
        return files.Count == 0 ? null : new ThemeOverrides(themeDirectory, files);
    }

    /// <summary>The built-in components' sources by path relative to the theme folder, for a site to read before replacing one.</summary>
    public static IReadOnlyList<string> BuiltInComponents() =>
        Directory.Exists(BuiltInSources) ? [.. RazorFiles(BuiltInSources).Select(f => Relative(BuiltInSources, f))] : [];

    /// <summary>Compiles the overrides (or takes them from the cache) and loads them; on failure, every problem as path:line.</summary>
    public (ThemeComponents? Components, IReadOnlyList<Diagnostic> Problems) Compile(string cacheDirectory)
    {
        var builtIn = BuiltInComponents();
        if (builtIn.Count == 0)
        {
            return (null, [Problem(_directory, 1, $"the theme sources of policykb are missing from {BuiltInSources}; reinstall the tool")]);
        }

        var sources = OverlaySources(builtIn, out var problems, out var replaced);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var root = Path.Combine(cacheDirectory, "theme-overrides", Hash(sources));
        var bin = Path.Combine(root, "bin");
        if (!File.Exists(Path.Combine(bin, ThemeAssembly.FileName)))
        {
            var project = OverrideProject.Write(Path.Combine(root, "src"), sources.ToDictionary(s => s.Key, s => s.Value.Text, StringComparer.Ordinal));
            if (ThemeAssembly.Build(project, bin) is { } failure)
            {
                Directory.Delete(root, recursive: true);
                var originals = sources.ToDictionary(s => Path.GetFullPath(Path.Combine(root, "src", s.Key)), s => s.Value.Origin, StringComparer.Ordinal);
                return (null, BuildErrors.Read(failure, originals, _directory));
            }
        }

        _loaded?.Unload();
        var (components, context) = ThemeAssembly.Load(bin);
        _loaded = context;
        var mismatched = OverrideParameters.Check(components, replaced);
        return mismatched.Count == 0 ? (components, []) : (null, mismatched);
    }

    /// <summary>The built-in components, each replaced by the override of the same file name; overrides of no built-in name added.</summary>
    private SortedDictionary<string, (string Text, string Origin)> OverlaySources(
        IReadOnlyList<string> builtIn, out List<Diagnostic> problems, out List<(string Target, string File)> replaced)
    {
        problems = [];
        replaced = [];
        var sources = new SortedDictionary<string, (string Text, string Origin)>(StringComparer.Ordinal);
        foreach (var relative in builtIn)
        {
            var path = Path.Combine(BuiltInSources, relative);
            sources[relative] = (File.ReadAllText(path), path);
        }

        var byName = builtIn.GroupBy(Path.GetFileName, StringComparer.Ordinal).ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var name = Path.GetFileName(file);
            var isReplacement = byName.TryGetValue(name, out var builtInPath);
            var target = isReplacement ? builtInPath! : Relative(_directory, file);
            if (claimed.TryGetValue(target, out var first))
            {
                problems.Add(Problem(file, 1, $"{first} already replaces the component {name}; keep one of the two"));
                continue;
            }

            claimed[target] = file;
            if (isReplacement)
            {
                replaced.Add((target, file));
            }

            sources[target] = (File.ReadAllText(file), file);
        }

        return sources;
    }

    private static string Hash(SortedDictionary<string, (string Text, string Origin)> sources)
    {
        using var hash = new ContentHash();
        hash.Add(Generator.Version).Add(typeof(PolicyKb.Views.SiteInfo).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var (path, source) in sources)
        {
            hash.Add(path).Add(source.Text);
        }

        return hash.Finish()[..16];
    }

    private static List<string> RazorFiles(string directory) => [.. Directory.EnumerateFiles(directory, "*.razor", SearchOption.AllDirectories)
        .Where(f => !Relative(directory, f).Split('/').Any(part => part is "bin" or "obj" or "assets" || part.StartsWith('.')))
        .Order(StringComparer.Ordinal)];

    private static string Relative(string directory, string file) => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');

    internal static Diagnostic Problem(string path, int line, string message) =>
        new(DiagnosticSeverity.Error, new SourceLocation(BuildErrors.Shown(path), line), message) { Step = "CompileThemeOverrides" };
}
