namespace PolicyKb.Cli.Tests;

/// <summary>The command line as a whole: help, and the exit code of a command line that is wrong.</summary>
public sealed class PolicyKbAppTests
{
    public static TheoryData<string> Commands => new() { "new", "build", "serve", "inspect", "add-version", "import-ota", "search", "terms" };

    [Fact]
    public async Task The_root_help_lists_every_command()
    {
        var run = await Policykb.RunAsync("--help");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("policykb: builds a searchable policy knowledge base as a static website.");
        // A command's line starts two spaces in; a description too long for the width goes on below, further in.
        var listed = run.OutLines.SkipWhile(l => l != "Commands:").Skip(1)
            .Where(l => l.Length > 2 && l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ')
            .Select(l => l.Trim().Split(' ')[0]);
        listed.ShouldBe(["new", "build", "serve", "inspect", "add-version", "terms", "search", "import-ota"]);
    }

    [Fact]
    public async Task Version_prints_the_tools_version_the_same_as_the_package_and_the_pages_say_it()
    {
        var run = await Policykb.RunAsync("--version");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines.ShouldBe([PolicyKb.Pipeline.Generator.Version]);
        run.Out.ShouldMatch(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$");
        var props = File.ReadAllText(Path.Combine(PolicyKb.Tests.TestPaths.Repository, "Directory.Build.props"));
        props.ShouldContain($"<Version>{run.OutLines[0]}</Version>");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_has_help_with_its_usage_and_options(string command)
    {
        var run = await Policykb.RunAsync(command, "--help");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines[0].ShouldBe("Description:");
        run.OutLines.ShouldContain(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains($" {command}", StringComparison.Ordinal) && l.Contains("[options]", StringComparison.Ordinal));
        run.OutLines.ShouldContain("Options:");
        run.Out.ShouldContain("-?, -h, --help");
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("search")]
    [InlineData("build", "--no-such-option")]
    [InlineData("search", "privacy", "--limit", "many")]
    [InlineData("add-version", "privacy-policy")]
    [InlineData("import-ota", "recordings")]
    [InlineData("inspect")]
    public async Task A_wrong_command_line_says_what_is_wrong_and_exits_with_1(params string[] args)
    {
        var run = await Policykb.RunAsync(args);
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var run = await Policykb.RunAsync("add-version", "privacy-policy", "new.md");
        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldContain("Option '--date' is required.");
    }
}
