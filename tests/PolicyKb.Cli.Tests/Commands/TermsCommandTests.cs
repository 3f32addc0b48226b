using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb terms</c>: the glossary as the build makes it, for the seed input.</summary>
public sealed class TermsCommandTests
{
    [Fact]
    public async Task Lists_every_term_with_its_uses_and_the_links_of_each_document()
    {
        var run = await Policykb.RunAsync("terms", TestPaths.Input);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines[0].ShouldBe("terms:");
        run.OutLines.ShouldContain(l => l.StartsWith("  integrated-partner \"integrated partner\" (listed): ", StringComparison.Ordinal) && l.Contains(" uses in ", StringComparison.Ordinal));
        run.OutLines.ShouldContain(l => l.StartsWith("  user-content \"User Content\" (listed, defined in policies/platform-policy/2026-11-24.md:", StringComparison.Ordinal));
        var documents = run.OutLines.SkipWhile(l => l != "links per document:").Skip(1).ToList();
        documents.ShouldContain(l => l.StartsWith("  privacy-policy 2025-06-16: ", StringComparison.Ordinal) && l.Contains(" links, terms: ", StringComparison.Ordinal));
        documents.ShouldContain(l => l.StartsWith("  memo 2025-10-16-instagram-ai-interactions: ", StringComparison.Ordinal));
        documents[^1].ShouldStartWith("ReadInputFolder ");
    }

    [Fact]
    public async Task A_missing_input_folder_is_reported_with_exit_code_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "policykb-tests", "no-such-input-" + Guid.NewGuid().ToString("N")[..8]);

        var run = await Policykb.RunAsync("terms", missing);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldContain($"{missing}:1: error: the input folder does not exist");
    }
}
