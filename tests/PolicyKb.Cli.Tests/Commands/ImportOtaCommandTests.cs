using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb import-ota</c> on a small corpus made in a temp folder.</summary>
public sealed class ImportOtaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ImportOtaCommandTests()
    {
        _folder.File("recordings/Acme/Privacy Policy.md", "# Privacy Policy\n\nWe keep what you give us for as long as your account exists, and delete it when you ask.\n");
        _folder.File("recordings/Acme/Developer Terms.md", "# Developer Terms\n\nThe terms you accept when you build on the Acme API.\n");
    }

    public void Dispose() => _folder.Dispose();

    private string Recordings => Path.Combine(_folder.Path, "recordings");

    private string Target => Path.Combine(_folder.Path, "input");

    [Fact]
    public async Task Writes_an_input_folder_that_the_other_commands_read()
    {
        var run = await Policykb.RunAsync("import-ota", Recordings, "-o", Target);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines.ShouldBe([$"Wrote 2 policies (2 versions) and 0 memos, 0 KiB of documents → {Target}"]);
        File.ReadAllBytes(Path.Combine(Target, "policies", "acme-privacy-policy", "2026-08-22.md"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(Recordings, "Acme", "Privacy Policy.md")));
        var terms = await Policykb.RunAsync("terms", Target);
        terms.ExitCode.ShouldBe(0, terms.ToString());
        terms.OutLines.ShouldContain(l => l.StartsWith("  acme-developer-terms 2026-08-22: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_folder_that_is_not_empty_and_writes_nothing()
    {
        var mine = _folder.File("input/site.yml", "title: Mine\n");

        var run = await Policykb.RunAsync("import-ota", Recordings, "-o", Target);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldBe([$"{Target}:1: error: exists and is not empty; choose a new folder (nothing is overwritten)", "Nothing was written."]);
        Directory.GetFileSystemEntries(Target).ShouldBe([mine]);
    }

    [Fact]
    public async Task Reports_every_problem_with_its_folder()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder");

        var run = await Policykb.RunAsync("import-ota", missing, "-o", Target, "--memos", missing, "--copies", "0");

        run.ExitCode.ShouldBe(1, run.ToString());
        // Sorted by path, as the build reports them.
        run.ErrorLines.ShouldBe([
            $"{Target}:1: error: the number of copies must be between 1 and 1,000, not 0",
            $"{missing}:1: error: no such folder",
            $"{missing}:1: error: no such folder",
            "Nothing was written.",
        ]);
        Directory.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_a_date_that_is_not_yyyy_MM_dd()
    {
        var run = await Policykb.RunAsync("import-ota", Recordings, "-o", Target, "--date", "2026-13-01");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldBe(["error: --date '2026-13-01' is not a date written yyyy-MM-dd"]);
        Directory.Exists(Target).ShouldBeFalse();
    }
}
