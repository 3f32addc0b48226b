using AngleSharp.Html.Parser;
using PolicyKb.Site.Pages;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests.Pages;

/// <summary>The timeline of a policy, <c>/policies/&lt;id&gt;/history/</c>, on a history with every fate.</summary>
public sealed class HistoryPagesTests
{
    private const string Url = "/policies/example-privacy/history/";

    [Fact]
    public async Task The_timeline_of_a_history_with_every_fate_reads_as_reviewed()
    {
        var html = await HandMadeHistory.Render(HistoryPages.Create(HandMadeHistory.Views()), Url);
        Snapshot.Match(PrettyHtml.Of(html), SnapshotNameExtension.Create("hand-made"));
    }

    [Fact]
    public async Task Every_version_is_listed_newest_first_with_its_dates_its_change_and_its_flags()
    {
        var document = new HtmlParser().ParseDocument(await HandMadeHistory.Render(HistoryPages.Create(HandMadeHistory.Views()), Url));
        var rows = document.QuerySelectorAll(".history-table tbody tr").ToList();
        rows.Select(r => r.Id).ShouldBe(["v-2025-02-03", "v-2024-06-20", "v-2024-06-05", "v-2024-01-10"]);
        rows[0].TextContent.ShouldContain("Effective June 1, 2024");
        rows[0].TextContent.ShouldContain("First recorded February 3, 2025");
        rows[0].TextContent.ShouldContain("a change in how the page was recorded, not in the terms");
        rows[1].TextContent.ShouldContain("changed without a new effective date");
        rows[2].TextContent.ShouldNotContain("changed without a new effective date");
        rows[3].TextContent.ShouldContain("First recorded version");
        rows[2].QuerySelector("a[href='/policies/example-privacy/changes/2024-01-10-to-2024-06-05/']").ShouldNotBeNull();
        rows[2].QuerySelectorAll("td.number").Select(c => c.TextContent).ShouldBe(["4", "0", "1"]);
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("/policies/example-privacy/");
    }

    [Fact]
    public async Task Re_recordings_and_rejected_recordings_are_folded_each_with_its_reason_and_anchor()
    {
        var document = new HtmlParser().ParseDocument(await HandMadeHistory.Render(HistoryPages.Create(HandMadeHistory.Views()), Url));
        var first = document.GetElementById("v-2024-01-10")!;
        first.QuerySelector("details summary")!.TextContent.ShouldBe("2 re-recordings");
        document.GetElementById("r-2024-02-10T08-00-00Z")!.TextContent.ShouldContain("Same wording as this version");
        document.GetElementById("r-2024-06-10T08-00-00Z")!.TextContent.ShouldContain("The text returned to this wording after the version first recorded June 5, 2024");

        var rejected = document.QuerySelectorAll("#rejected-heading ~ details li").ToList();
        rejected.Count.ShouldBe(4);
        document.QuerySelector("#rejected-heading ~ details summary")!.TextContent
            .ShouldBe("4 recordings set aside: 1 stub or error page, 1 partial page, 1 blow-up, 1 different page");
        document.GetElementById("r-2024-09-01T08-00-00Z")!.TextContent.ShouldContain("Blow-up: 114 words, the text repeats 6 times; baseline 19");
        document.GetElementById("r-2024-09-01T08-00-00Z")!.TextContent.ShouldContain("policies/example-privacy/recordings/2024-09-01T08-00-00Z.md");
        document.QuerySelector(".history-summary")!.TextContent.ShouldBe("11 recordings → 4 versions, 3 re-recordings, 4 rejected (1 stub or error page, 1 partial page, 1 blow-up, 1 different page).");
    }

    [Fact]
    public async Task The_chart_is_an_image_with_a_title_and_a_description_and_a_bar_per_change_without_inline_style()
    {
        var html = await HandMadeHistory.Render(HistoryPages.Create(HandMadeHistory.Views()), Url);
        var document = new HtmlParser().ParseDocument(html);
        var svg = document.QuerySelector("svg.change-chart")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.GetAttribute("aria-labelledby").ShouldBe("chart-title chart-desc");
        document.GetElementById("chart-title")!.TextContent.ShouldBe("Words added and removed by each change of the Example Privacy Policy");
        document.GetElementById("chart-desc")!.TextContent.ShouldContain("3 changes of the Example Privacy Policy from June 5, 2024 to February 3, 2025");
        svg.QuerySelectorAll("g.chart-bar").Length.ShouldBe(3);
        svg.QuerySelectorAll("rect.bar-added").Length.ShouldBe(3);
        svg.QuerySelectorAll(".chart-label").Select(t => t.TextContent).ShouldBe(["2025"]);
        html.ShouldNotContain("style=");
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task Memos_about_the_policy_are_listed()
    {
        var document = new HtmlParser().ParseDocument(await HandMadeHistory.Render(HistoryPages.Create(HandMadeHistory.Views()), Url));
        document.QuerySelector("#memos-heading + ul a")!.GetAttribute("href").ShouldBe("/memos/2024-06-example-sharing/");
    }

    [Fact]
    public void The_seed_policies_have_a_timeline_linked_from_their_page()
    {
        var timeline = SeedSite.Page("/policies/privacy-policy/history/");
        timeline.ShouldContain("href=\"/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/\"");
        new HtmlParser().ParseDocument(timeline).QuerySelector(".history-summary")!.TextContent.ShouldBe("2 versions, each from a dated file.");
        SeedSite.Page("/policies/privacy-policy/").ShouldContain("href=\"/policies/privacy-policy/history/\"");
        SeedSite.Page("/policies/terms-of-use/history/").ShouldContain("First recorded version");
    }
}
