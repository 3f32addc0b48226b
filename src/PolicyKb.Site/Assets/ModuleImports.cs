using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKb.Site.Assets;

/// <summary>
/// The theme scripts an ES module imports, directly or through the modules it imports: the page that loads the
/// module names them all in <c>&lt;link rel="modulepreload"&gt;</c>, so the browser fetches them at once instead of
/// discovering them one import (one round trip) at a time.
/// </summary>
public static partial class ModuleImports
{
    /// <summary>The paths (relative to the assets folder, as in <paramref name="files"/>) that <paramref name="entry"/> needs, ordered.</summary>
    public static ImmutableArray<string> Of(IReadOnlyList<(string Path, byte[] Content)> files, string entry)
    {
        var byPath = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([entry]);
        while (pending.TryPop(out var module))
        {
            if (!byPath.TryGetValue(module, out var content))
            {
                continue;
            }

            var folder = module.Contains('/') ? module[..(module.LastIndexOf('/') + 1)] : "";
            foreach (Match import in Import().Matches(Encoding.UTF8.GetString(content)))
            {
                var path = Resolve(folder, import.Groups["path"].Value);
                if (path != entry && byPath.ContainsKey(path) && found.Add(path))
                {
                    pending.Push(path);
                }
            }
        }

        return [.. found];
    }

    private static string Resolve(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    // Static imports only ("import x from './a.js'", "import './a.js'"); the theme's scripts import nothing else.
    [GeneratedRegex(@"^\s*import\s+(?:[^'""]*?\sfrom\s*)?['""](?<path>\.{1,2}/[^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex Import();
}
