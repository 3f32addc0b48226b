using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb inspect</c>: how a version file or a memo of the seed input is understood.</summary>
public sealed class InspectCommandTests
{
    [Fact]
    public async Task Shows_a_version_with_its_title_date_and_section_tree()
    {
        var run = await Policykb.RunAsync("inspect", TestPaths.InInput("policies/privacy-policy/2025-06-16.md"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines[..4].ShouldBe(["source: 2025-06-16.md (Markdown)", "date: 2025-06-16", "title: Privacy Policy", "stated date: 2025-06-16"]);
        run.OutLines[4].ShouldBe("## What is the Privacy Policy and what does it cover?  {#what-is-the-privacy-policy-and-what-does-it-cover} L4");
        run.OutLines.ShouldContain(l => l.StartsWith("  p L12: We at Meta want you to understand", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shows_a_memo_with_its_front_matter()
    {
        var run = await Policykb.RunAsync("inspect", TestPaths.InInput("memos/2025-10-16-instagram-ai-interactions.md"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutLines[0].ShouldBe("memo: 2025-10-16-instagram-ai-interactions");
        run.OutLines.ShouldContain("services: Instagram");
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_with_exit_code_1()
    {
        using var folder = new TempFolder();
        var run = await Policykb.RunAsync("inspect", Path.Combine(folder.Path, "missing.md"));

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("missing.md:1: error: cannot read the file: ");
    }
}
