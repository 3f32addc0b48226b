using AngleSharp.Html.Parser;
using PolicyKb.Pipeline;
using PolicyKb.Site;

namespace PolicyKb.Tests.Pages;

/// <summary>
/// A change only to the text above a policy's first section (Instagram's "We updated our Privacy Policy" banner, which
/// the recording of 2025-07-16 no longer has) is a change, and the timeline says where it is.
/// </summary>
public sealed class PreambleChangeTests
{
    [Fact]
    public void A_version_whose_only_change_is_above_the_first_section_says_so_on_the_timeline()
    {
        using var folder = new TempFolder();
        folder.File("input/site.yml", "title: History\nbase_url: https://history.example.org/\n");
        folder.File("input/audiences.yml", "- id: users\n  name: Users\n");
        folder.File("input/policies/ig/policy.yml", "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\n");
        var recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");
        foreach (var file in new[] { "2025-07-02T12-33-03Z.md", "2025-07-16T00-32-15Z.md" })
        {
            folder.Bytes($"input/policies/ig/recordings/{file}", File.ReadAllBytes(Path.Combine(recordings, file)));
        }

        var (result, context) = SiteBuilder.Build(BuildOptions.For(Path.Combine(folder.Path, "input"), Path.Combine(folder.Path, "output")), publish: false);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        var timeline = new HtmlParser().ParseDocument(context.Output.GetText("policies/ig/history/index.html")!);
        var newer = timeline.GetElementById("v-2025-07-16")!.TextContent;
        newer.ShouldContain("the text before the first section changed; 0 words added, 13 removed");
        newer.ShouldNotContain("no change in wording");
    }
}
