using System.Text.RegularExpressions;
using PolicyKb.Diagnostics;

namespace PolicyKb.Cli.Theming;

/// <summary>
/// The errors of a failed theme compile as diagnostics: each <c>file(line,column): error CODE: message [project]</c>
/// line of dotnet's output, with the copy the compiler saw replaced by the file the site's author edits.
/// </summary>
internal static partial class BuildErrors
{
    public static IReadOnlyList<Diagnostic> Read(string output, IReadOnlyDictionary<string, string> originals, string themeDirectory)
    {
        var problems = output.Split('\n')
            .Select(line => Located().Match(line.Trim()))
            .Where(m => m.Success)
            .Select(m => ThemeOverrides.Problem(
                originals.TryGetValue(Path.GetFullPath(m.Groups["path"].Value), out var original) ? original : m.Groups["path"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                $"{m.Groups["message"].Value} ({m.Groups["code"].Value})"))
            .Distinct()
            .ToList();

        // An error dotnet gives no file for (a restore that failed, a missing SDK) is still reported, with all it said.
        return problems.Count > 0 ? problems : [ThemeOverrides.Problem(themeDirectory, 1, "the theme could not be compiled: " + output.Trim())];
    }

    /// <summary>A path as a diagnostic shows it: relative to the current folder when it is inside it.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    [GeneratedRegex(@"^(?<path>[^\s(][^(]*?)\((?<line>\d+)(?:,\d+)*\): error (?<code>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$")]
    private static partial Regex Located();
}
