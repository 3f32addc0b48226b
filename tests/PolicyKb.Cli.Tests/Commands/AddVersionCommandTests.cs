using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb add-version</c> on a copy of the seed input: what it refuses, and how it says so.</summary>
public sealed class AddVersionCommandTests : IDisposable
{
    private static readonly string[] PrivacyPolicyFiles = ["2024-11-14.txt", "2025-06-16.md", "policy.yml"];
    private readonly TempFolder _folder = new();
    private readonly string _input;

    public AddVersionCommandTests() => _input = _folder.CopyFrom(TestPaths.Input, "input");

    public void Dispose() => _folder.Dispose();

    private static string History(string name) => Path.Combine(TestPaths.Corpus, "history", "instagram-privacy-policy", name);

    private string Current => Path.Combine(_input, "policies", "privacy-policy", "2025-06-16.md");

    private Task<CommandRun> AddAsync(string file, string date, string policy = "privacy-policy") =>
        Policykb.RunAsync("add-version", policy, file, "--date", date, "-i", _input);

    /// <summary>Refused: exit code 1, a last line that says so, and the policy as it was.</summary>
    private void ShouldBeRefused(CommandRun run)
    {
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines[^1].ShouldBe("The version was not added.");
        Directory.GetFiles(Path.Combine(_input, "policies", "privacy-policy")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(PrivacyPolicyFiles);
    }

    /// <summary>Refused with exactly these reasons, each printed as a build prints a diagnostic.</summary>
    private void ShouldBeRefusedWith(CommandRun run, params string[] diagnostics)
    {
        ShouldBeRefused(run);
        run.ErrorLines[..^1].ShouldBe(diagnostics);
    }

    [Fact]
    public async Task A_new_version_is_placed_and_what_changed_is_printed()
    {
        var file = History("2025-09-19.md");

        var run = await AddAsync(file, "2025-09-19");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutLines[0].ShouldBe("Added policies/privacy-policy/2025-09-19.md");
        run.OutLines[1].ShouldBe("privacy-policy 2025-06-16 → 2025-09-19");
        run.OutLines[2].ShouldStartWith("  sections: ");
        run.ErrorLines.ShouldBe([$"{file}:1: warning: the text states the date 2025-06-16, --date says 2025-09-19"]);
        File.Exists(Path.Combine(_input, "policies", "privacy-policy", "2025-09-19.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_stub_is_refused()
    {
        var file = History("anomalies/2025-05-21_01bc3e80.md");
        ShouldBeRefusedWith(await AddAsync(file, "2025-07-01"),
            $"{file}:1: error: refused: the version has no text besides its title \"Privacy Policy\"; a stub or a failed recording is not published");
    }

    [Fact]
    public async Task An_error_page_is_refused()
    {
        var file = History("anomalies/2025-08-08_10c4ba37.md");
        ShouldBeRefusedWith(await AddAsync(file, "2025-08-08"),
            $"{file}:1: error: refused: this is an error page, not a version of the policy (it says \"This page isn't available right now\"); it is not published");
    }

    [Fact]
    public async Task A_version_that_shrinks_to_under_a_quarter_is_refused()
    {
        var lines = File.ReadAllLines(Current);
        var file = _folder.File("new/shrunk.md", string.Join('\n', lines.Take(lines.Length / 10)) + "\n");

        var run = await AddAsync(file, "2025-07-01");

        ShouldBeRefused(run);
        var error = run.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        error.ShouldStartWith($"{file}:1: error: refused: the version has ");
        error.ShouldContain("words of 2025-06-16; a policy does not shrink to less than a quarter");
    }

    [Fact]
    public async Task A_version_identical_to_the_current_one_is_refused()
    {
        var file = _folder.File("new/copy.md", File.ReadAllText(Current));
        ShouldBeRefusedWith(await AddAsync(file, "2025-07-01"),
            $"{file}:1: warning: the text states the date 2025-06-16, --date says 2025-07-01",
            $"{file}:1: error: identical to policies/privacy-policy/2025-06-16.md; there is nothing new to add");
    }

    [Fact]
    public async Task An_unknown_policy_is_refused_with_the_known_ones()
    {
        ShouldBeRefusedWith(await AddAsync(History("2025-09-19.md"), "2025-09-19", policy: "cookie-policy"),
            "policies/cookie-policy:1: error: unknown policy 'cookie-policy'; the policies are: law-enforcement-guidelines, platform-policy, privacy-policy, terms-of-use");
    }

    [Fact]
    public async Task A_missing_input_folder_is_refused_by_name()
    {
        var missing = Path.Combine(_folder.Path, "no-such-input");

        var run = await Policykb.RunAsync("add-version", "privacy-policy", History("2025-09-19.md"), "--date", "2025-09-19", "-i", missing);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldBe([
            $"{missing}:1: error: the input folder does not exist (run from the folder that holds input/, or give --input)",
            "The version was not added.",
        ]);
        Directory.Exists(missing).ShouldBeFalse();
    }
}
