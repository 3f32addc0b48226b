using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// A site built from seven real recordings of Instagram's Privacy Policy (from <c>../shared/corpus/recordings</c>):
/// three versions, a stub, a blow-up, an error page, and a return to an earlier wording. The timeline, the data file,
/// the feed and the section histories tell every recording's fate.
/// </summary>
public sealed class RecordedHistorySiteTests : IClassFixture<RecordedHistorySiteTests.Site>
{
    private const string Policy = "instagram-privacy";

    private readonly Site _site;

    public RecordedHistorySiteTests(Site site) => _site = site;

    public sealed class Site : IDisposable
    {
        private static readonly string Recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");

        public static readonly string[] Files =
        [
            "2025-06-16T12-32-23Z.md", // a version
            "2025-06-21T00-31-25Z.md", // a stub: the title only
            "2025-06-25T17-17-32Z.md", // a blow-up: the page repeated
            "2025-07-16T00-32-15Z.md", // a version (A)
            "2025-08-08T00-33-09Z.md", // an error page
            "2025-09-19T00-33-09Z.md", // a version (B)
            "2025-11-14T00-41-08Z.md", // A again
        ];

        private readonly TempFolder _folder = new();

        public Site()
        {
            _folder.File("input/site.yml", "title: History\nbase_url: https://history.example.org/\n");
            _folder.File("input/audiences.yml", "- id: users\n  name: Users\n");
            _folder.File($"input/policies/{Policy}/policy.yml",
                "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\nsource_url: https://privacycenter.instagram.com/policy/\n");
            var folder = Path.Combine(_folder.Path, "input", "policies", Policy, "recordings");
            Directory.CreateDirectory(folder);
            foreach (var file in Files)
            {
                File.Copy(Path.Combine(Recordings, file), Path.Combine(folder, file));
            }

            (Result, Context) = SiteBuilder.Build(BuildOptions.For(Path.Combine(_folder.Path, "input"), Path.Combine(_folder.Path, "output")), publish: false);
        }

        public BuildResult Result { get; }

        /// <summary>The input folder the site was built from.</summary>
        public string Input => Path.Combine(_folder.Path, "input");

        public BuildContext Context { get; }

        public string Page(string url) => Context.Output.GetText(PolicyKb.Urls.SiteUrls.FileOf(url)) ?? throw new InvalidOperationException($"No page at {url}");

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void The_timeline_shows_the_versions_and_folds_every_other_recording_with_its_reason()
    {
        _site.Result.Succeeded.ShouldBeTrue(string.Join("\n", _site.Result.Diagnostics));
        var document = new HtmlParser().ParseDocument(_site.Page($"/policies/{Policy}/history/"));
        document.QuerySelectorAll(".history-table tbody tr").Select(r => r.Id).ShouldBe(["v-2025-09-19", "v-2025-07-16", "v-2025-06-16"]);
        document.GetElementById("r-2025-06-21T00-31-25Z")!.TextContent.ShouldContain("Stub or error page");
        document.GetElementById("r-2025-06-25T17-17-32Z")!.TextContent.ShouldContain("Blow-up");
        document.GetElementById("r-2025-08-08T00-33-09Z")!.TextContent.ShouldContain("Stub or error page");
        var returned = document.GetElementById("r-2025-11-14T00-41-08Z")!;
        returned.Closest("tr")!.Id.ShouldBe("v-2025-07-16");
        returned.TextContent.ShouldContain("The text returned to this wording after the version first recorded September 19, 2025");
        document.QuerySelectorAll("svg.change-chart rect.bar-added").Length.ShouldBe(2);
    }

    [Fact]
    public void The_data_file_holds_every_recording_exactly_once()
    {
        using var json = JsonDocument.Parse(_site.Page($"/data/policies/{Policy}.json"));
        var root = json.RootElement;
        var inVersions = root.GetProperty("versions").EnumerateArray().SelectMany(v => v.GetProperty("recordings").EnumerateArray().Select(r => r.GetString()!)).ToList();
        var rejected = root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("file").GetString()!).ToList();
        inVersions.Concat(rejected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(Site.Files);
        root.GetProperty("versions")[1].GetProperty("recordings").GetArrayLength().ShouldBe(2);
        root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ShouldBe(["stub-or-error-page", "blow-up", "stub-or-error-page"]);
        root.GetProperty("versions").EnumerateArray().ShouldAllBe(v => v.GetProperty("sections").GetArrayLength() > 10 && v.GetProperty("words").GetInt32() > 1000);
    }

    [Fact]
    public void Each_section_links_to_a_history_that_exists_and_the_policy_has_its_feed()
    {
        var page = _site.Page($"/policies/{Policy}/");
        var links = new HtmlParser().ParseDocument(page).QuerySelectorAll(".section-history-note a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(url => _site.Context.Output.Contains(PolicyKb.Urls.SiteUrls.FileOf(url)));
        var feed = _site.Page($"/policies/{Policy}/feed.xml");
        feed.ShouldContain("https://history.example.org/policies/instagram-privacy/changes/2025-07-16-to-2025-09-19/");
        _site.Context.Output.Files.Count(f => f.Key.StartsWith($"policies/{Policy}/sections/", StringComparison.Ordinal)).ShouldBeLessThan(links.Count * 3);
    }

    [Fact]
    public void A_recorder_adding_a_re_recording_and_a_stub_renders_again_only_the_timeline_and_the_site_is_as_a_full_build_makes_it()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(_site.Input, "input");
        var output = Path.Combine(folder.Path, "output");
        SiteBuilder.Build(BuildOptions.For(input, output)).Result.Succeeded.ShouldBeTrue();

        var recordings = Path.Combine(input, "policies", Policy, "recordings");
        File.Copy(Path.Combine(recordings, "2025-11-14T00-41-08Z.md"), Path.Combine(recordings, "2025-12-01T00-00-00Z.md"));
        File.Copy(Path.Combine(recordings, "2025-06-21T00-31-25Z.md"), Path.Combine(recordings, "2025-12-02T00-00-00Z.md"));
        var (result, context) = SiteBuilder.Build(BuildOptions.For(input, output));
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        var rendering = context.Get<PolicyKb.Site.Incremental.IncrementalRendering>();
        rendering.RenderedAgain.Where(url => url.StartsWith($"/policies/{Policy}/", StringComparison.Ordinal)).ShouldBe([$"/policies/{Policy}/history/"]);
        rendering.Reused.ShouldBeGreaterThan(30);
        File.ReadAllText(Path.Combine(output, "policies", Policy, "history", "index.html")).ShouldContain("r-2025-12-02T00-00-00Z");

        var full = Path.Combine(folder.Path, "full");
        SiteBuilder.Build(BuildOptions.For(input, full) with { Incremental = false }).Result.Succeeded.ShouldBeTrue();
        OutputFolder.ShouldHoldTheSameFilesAs(output, full);
    }
}
