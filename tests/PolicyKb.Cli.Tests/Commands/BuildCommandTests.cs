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
}
