using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// A site built from the three real recorded versions of Instagram's privacy policy in the shared corpus: every
/// version is published with a change page for each pair, and a broken recording is refused and never published.
/// </summary>
public sealed class HistoryCorpusSiteTests : IDisposable
{
    private static readonly string History = Path.Combine(TestPaths.Corpus, "history", "instagram-privacy-policy");
    private readonly TempFolder _folder = new();
    private readonly string _input;
    private readonly string _output;

    public HistoryCorpusSiteTests()
    {
        _input = Path.Combine(_folder.Path, "input");
        _output = Path.Combine(_folder.Path, "output");
        _folder.File("input/site.yml", "title: History\nbase_url: https://history.example.org/\n");
        _folder.File("input/audiences.yml", "- id: users\n  name: Users\n");
        _folder.File("input/policies/instagram-privacy/policy.yml",
            "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\nsource_url: https://privacycenter.instagram.com/policy/\n");
        foreach (var date in new[] { "2022-09-22", "2024-08-16", "2025-09-19" })
        {
            File.Copy(Path.Combine(History, date + ".md"), Path.Combine(_input, "policies", "instagram-privacy", date + ".md"));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Publishes_every_version_with_a_change_page_for_each_pair()
    {
        var (result, context) = SiteBuilder.Build(BuildOptions.For(_input, _output));
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        var first = context.Output.GetText("policies/instagram-privacy/changes/2022-09-22-to-2024-08-16/index.html")!;
        var second = context.Output.GetText("policies/instagram-privacy/changes/2024-08-16-to-2025-09-19/index.html")!;
        first.ShouldNotBeNull();
        second.ShouldNotBeNull();
        // Facts read from the recordings: the 2025 text adds AI integrations to the third parties.
        second.ShouldContain("AI integrations");
        second.ShouldContain("<ins class=\"wording\">");
        first.ShouldContain("<del class=\"wording\">");
        context.Output.GetText("policies/instagram-privacy/2022-09-22/index.html")!.ShouldContain("This is an archived version.");
        context.Output.GetText("policies/instagram-privacy/index.html")!
            .ShouldContain("href=\"/policies/instagram-privacy/changes/2024-08-16-to-2025-09-19/\"");
        var feed = context.Output.GetText("feed.xml")!;
        feed.ShouldContain("https://history.example.org/policies/instagram-privacy/changes/2024-08-16-to-2025-09-19/");
        feed.ShouldContain("https://history.example.org/policies/instagram-privacy/changes/2022-09-22-to-2024-08-16/");
    }

    [Theory]
    [InlineData("2025-05-21_01bc3e80.md", "2025-05-21", "refused: the version has no text besides its title")]
    [InlineData("2025-08-08_10c4ba37.md", "2025-08-08", "refused: this is an error page, not a version of the policy")]
    public void Refuses_a_broken_recording_and_keeps_the_published_site(string anomaly, string date, string message)
    {
        SiteBuilder.Build(BuildOptions.For(_input, _output)).Result.Succeeded.ShouldBeTrue();
        var published = File.ReadAllText(Path.Combine(_output, "policies", "instagram-privacy", "index.html"));

        File.Copy(Path.Combine(History, "anomalies", anomaly), Path.Combine(_input, "policies", "instagram-privacy", date + ".md"));
        var (result, _) = SiteBuilder.Build(BuildOptions.For(_input, _output));

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.ToString().StartsWith($"policies/instagram-privacy/{date}.md:1: error: {message}", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(_output, "policies", "instagram-privacy", "index.html")).ShouldBe(published);
        Directory.Exists(Path.Combine(_output, "policies", "instagram-privacy", date)).ShouldBeFalse();
    }
}
