using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb build</c>: the site from an input folder, or every problem of the input and nothing published.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_bad_input_folder_prints_every_error_as_path_line_and_publishes_nothing()
    {
        _folder.File("input/site.yml", "title: T\n");
        _folder.File("input/policies/x/policy.yml", "title: X\n");
        _folder.Bytes("input/policies/x/2024-01-01.md", [0, 0]);
        var previous = _folder.File("output/index.html", "the previous build");

        var run = await Policykb.RunAsync("build", "-i", Path.Combine(_folder.Path, "input"), "-o", Path.Combine(_folder.Path, "output"));

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines[..^1].ShouldBe([
            "policies/x/2024-01-01.md:1: error: binary file: it contains NUL bytes; expected UTF-8 text",
            "policies/x/policy.yml:1: error: missing required 'audiences'",
            "policies/x/policy.yml:1: error: missing required 'kind'",
            "policies/x/policy.yml:1: error: missing required 'language'",
            "site.yml:1: error: missing required 'base_url'",
        ]);
        run.ErrorLines[^1].ShouldContain("5 errors");
        run.Out.ShouldNotContain("Built");
        Directory.GetFileSystemEntries(Path.Combine(_folder.Path, "output")).ShouldBe([previous]);
        File.ReadAllText(previous).ShouldBe("the previous build");
    }

    [Fact]
    public async Task The_seed_input_builds_with_each_step_named_and_timed_and_a_summary()
    {
        var output = Path.Combine(_folder.Path, "site");

        var run = await Policykb.RunAsync("build", "-i", TestPaths.Input, "-o", output);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines.ShouldContain("Input       ReadInputFolder");
        run.OutLines.ShouldContain(l => l.TrimStart().StartsWith("RenderPolicyPages", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" ms", StringComparison.Ordinal));
        run.Out.ShouldContain("pages from 4 policies (5 versions) and 1 memos");
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "search-index", "manifest.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_recorded_history_with_stubs_and_error_pages_builds_and_lists_what_it_set_aside()
    {
        var input = _folder.CopyFrom(TestPaths.Input, "input");
        var recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");
        foreach (var file in new[] { "2025-06-21T00-31-25Z.md", "2025-07-02T12-33-03Z.md", "2025-07-16T00-32-15Z.md", "2025-08-08T00-33-09Z.md" })
        {
            _folder.Bytes($"input/policies/privacy-policy/recordings/{file}", File.ReadAllBytes(Path.Combine(recordings, file)));
        }

        var run = await Policykb.RunAsync("build", "-i", input, "-o", Path.Combine(_folder.Path, "site"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.ErrorLines.Where(l => l.Contains("rejected", StringComparison.Ordinal)).ShouldBe([
            "policies/privacy-policy/recordings/2025-06-21T00-31-25Z.md:1: warning: rejected (stub or error page): a stub: no text besides its title \"Privacy Policy\" (2 words)",
            "policies/privacy-policy/recordings/2025-08-08T00-33-09Z.md:1: warning: rejected (stub or error page): an error page: it says \"This page isn't available right now\" (206 words)",
        ]);
        var unwrapped = string.Join(' ', run.OutLines.Select(l => l.TrimEnd())); // the test console wraps at 80 columns
        unwrapped.ShouldContain("privacy-policy: 6 recordings → 4 versions, 0 re-recordings, 2 rejected (2 stub or error page)");
        unwrapped.ShouldContain("pages from 4 policies (7 versions) and 1 memos");
    }
}
