using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicyKb.Tests;

namespace PolicyKb.Search.Bench;

/// <summary>
/// Runs Pagefind (npm <c>pagefind</c>, installed in bench/ by <c>npm install</c>) over the pages of a built site
/// that hold the same sections our index holds: each current policy and each memo. Pagefind cuts a page into
/// sub-results at headings that have an id; the site puts a section's id on its &lt;section&gt;, so the copy given
/// to Pagefind carries it on the heading instead, for Pagefind to find the same sections.
/// </summary>
internal static partial class PagefindIndex
{
    public static string Binary => Path.Combine(TestPaths.Repository, "bench", "node_modules", ".bin", "pagefind");

    /// <summary>
    /// Copies the site's HTML to <paramref name="siteCopy"/>, indexes it into <c>pagefind/</c> there and returns the
    /// time Pagefind took, the first time and when run again at once (its files and the pages in the OS cache).
    /// </summary>
    public static (TimeSpan First, TimeSpan Again) Build(string builtSite, string siteCopy)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"Pagefind is not installed: run `npm install` in {Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Binary)))}.");
        }

        foreach (var file in Directory.EnumerateFiles(builtSite, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(siteCopy, Path.GetRelativePath(builtSite, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                File.WriteAllText(target, SectionIdOnHeading().Replace(File.ReadAllText(file), "<section$2>$3<h$4 id=\"$1\""));
            }
            else
            {
                File.Copy(file, target);
            }
        }

        var first = Run(siteCopy);
        return (first, Run(siteCopy));
    }

    private static TimeSpan Run(string siteCopy)
    {
        var start = new ProcessStartInfo(Binary, ["--site", siteCopy, "--output-subdir", "pagefind", "--root-selector", "main", "--glob", "{policies/*/index.html,memos/*/index.html}", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pagefind failed: {error.Result}");
        }

        return stopwatch.Elapsed;
    }

    // <section id="x" class="…"> <hN …> becomes <section class="…"> <hN id="x" …>, also when the heading is in the
    // row that holds it and its permalink (<div class="heading-row">).
    [GeneratedRegex("""<section id="([^"]*)"([^>]*)>(\s*(?:<div class="heading-row">\s*)?)<h([1-6])""")]
    private static partial Regex SectionIdOnHeading();
}
