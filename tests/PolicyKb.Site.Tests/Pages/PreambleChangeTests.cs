using AngleSharp.Html.Parser;

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
        var context = InstagramRecordings.Build(folder, [("2025-07-02T12-33-03Z.md", "2025-07-02T12-33-03Z.md"), ("2025-07-16T00-32-15Z.md", "2025-07-16T00-32-15Z.md")]);

        var timeline = new HtmlParser().ParseDocument(context.Output.GetText("policies/ig/history/index.html")!);
        var newer = timeline.GetElementById("v-2025-07-16")!.TextContent;
        newer.ShouldContain("the text before the first section changed; 0 words added, 13 removed");
        newer.ShouldNotContain("no change in wording");
    }
}
