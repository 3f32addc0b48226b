using AngleSharp.Dom;
using PolicyKb.Pipeline;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// What a hostile-input case works on: a copy of the seed input in a temp folder, to be changed; an output folder
/// that holds a previous site; the build through the real <see cref="SiteBuilder"/>, which has a minute; and what the
/// cases check of its result.
/// </summary>
internal sealed class HostileInput : IDisposable
{
    private const string PreviousSite = "<!doctype html><title>The previous site</title>";

    private static readonly TimeSpan BuildLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public HostileInput()
    {
        Root = _folder.CopyFrom(TestPaths.Input, "input");
        _folder.File("output/index.html", PreviousSite);
    }

    /// <summary>The copy of the seed input a case changes.</summary>
    public string Root { get; }

    public string Output => Path.Combine(_folder.Path, "output");

    public void Dispose() => _folder.Dispose();

    public void Text(string relative, string content)
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Bytes(string relative, byte[] content)
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void Append(string relative, string content)
    {
        var existing = File.ReadAllText(Full(relative));
        File.WriteAllText(Full(relative), (existing.EndsWith('\n') ? existing : existing + "\n") + content);
    }

    public void Replace(string relative, string old, string replacement)
    {
        var existing = File.ReadAllText(Full(relative));
        existing.ShouldContain(old, Case.Sensitive, $"the seed {relative} has changed; update this case");
        File.WriteAllText(Full(relative), existing.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>A new policy of one version, read by users.</summary>
    public void Policy(string id, string markdown)
    {
        Text($"policies/{id}/policy.yml", $"title: {id}\nkind: Policy\naudiences: [users]\nlanguage: en\n");
        Text($"policies/{id}/2025-01-01.md", markdown);
    }

    /// <summary>The 1-based line of the first line of <paramref name="relative"/> that contains <paramref name="text"/>.</summary>
    public int LineOf(string relative, string text) =>
        File.ReadAllLines(Full(relative)).Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    public int LineCount(string relative) => File.ReadAllLines(Full(relative)).Length;

    public async Task<(BuildResult Result, BuildContext Context)> BuildAsync()
    {
        var options = BuildOptions.For(Root, Output);
        var theme = Path.Combine(TestPaths.Repository, "theme");
        // A hang fails the case instead of blocking the run.
        return await Task.Run(() => SiteBuilder.Build(options, theme)).WaitAsync(BuildLimit);
    }

    /// <summary>The previous site is still there, alone and unchanged, and no staging folder is left beside it.</summary>
    public void ShouldHavePublishedNothing()
    {
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f)).ShouldBe(["index.html"]);
        File.ReadAllText(Path.Combine(Output, "index.html")).ShouldBe(PreviousSite);
        Directory.GetDirectories(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    public static void ShouldHaveSucceeded(BuildResult result) =>
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

    public static string Page(BuildContext context, string path) =>
        context.Output.GetText(path) ?? throw new InvalidOperationException($"No page {path}; pages: {string.Join(", ", context.Output.Files.Select(f => f.Key).Where(k => k.EndsWith(".html", StringComparison.Ordinal)))}");

    /// <summary>A heading's text (its permalink is beside it, not in it).</summary>
    public static string HeadingText(IElement heading) => heading.TextContent.Trim();

    private string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
