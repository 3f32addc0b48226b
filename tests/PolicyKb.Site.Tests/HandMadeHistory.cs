using System.Globalization;
using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Changes;
using PolicyKb.Model;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Tests;

/// <summary>
/// A recorded history made by hand, with every fate a recording can have: four versions (one a change in how the
/// page was recorded, two that keep the stated effective date), re-recordings (one returns to an earlier wording)
/// and a rejected recording of each reason. It tests the history pages before the recordings of a real history
/// give every fate.
/// </summary>
internal static class HandMadeHistory
{
    public const string PolicyId = "example-privacy";

    private const string Folder = "policies/example-privacy/recordings/";

    public static KnowledgeBase KnowledgeBase { get; } = Make();

    public static Policy Policy => KnowledgeBase.Policies[0];

    public static SiteViews Views()
    {
        var knowledgeBase = KnowledgeBase;
        return new SiteViews(knowledgeBase, AudienceRelevance.Compute(knowledgeBase), new ThemeAssetUrls("/assets/site.css", "/assets/site.js", null, "/assets/icon.svg"), ChangeSets.Of(knowledgeBase));
    }

    /// <summary>Renders the page at <paramref name="url"/> among the jobs of <paramref name="jobs"/>.</summary>
    public static async Task<string> Render(IEnumerable<PageJob> jobs, string url)
    {
        var job = jobs.Single(j => j.Url == url);
        await using var renderer = new RazorPageRenderer();
        return System.Text.Encoding.UTF8.GetString(await renderer.RenderUtf8Async(job.Component, job));
    }

    private static KnowledgeBase Make()
    {
        var collect1 = "We collect your name.";
        var collect2 = "We collect your name and your email address.";
        var use1 = "We use it to run the service.";
        var use2 = "We use it to run and improve the service.";
        var share1 = "We do not share it.";
        var share2 = "We share it with our partners.";
        PolicyVersion[] versions =
        [
            Version("2024-01-10", "2024-01-10T08-00-00Z", new DateOnly(2024, 1, 1), collect1, use1, share1),
            Version("2024-06-05", "2024-06-05T08-00-00Z", new DateOnly(2024, 6, 1), collect2, use1, share1),
            Version("2024-06-20", "2024-06-20T08-00-00Z", new DateOnly(2024, 6, 1), collect2, use1, share2) with { KeepsStatedDate = true },
            Version("2025-02-03", "2025-02-03T08-00-00Z", new DateOnly(2024, 6, 1), collect2, use2, share2) with { KeepsStatedDate = true, Origin = ChangeOrigin.Recorder },
        ];
        Recording[] recordings =
        [
            New("2024-01-10T08-00-00Z", "2024-01-10", 15),
            Again("2024-02-10T08-00-00Z", "2024-01-10", 15),
            Rejected("2024-03-01T08-00-00Z", RejectionReason.StubOrErrorPage, "3 words: a stub, not the page", 3),
            New("2024-06-05T08-00-00Z", "2024-06-05", 19),
            Again("2024-06-10T08-00-00Z", "2024-01-10", 15),
            New("2024-06-20T08-00-00Z", "2024-06-20", 19),
            Rejected("2024-09-01T08-00-00Z", RejectionReason.BlowUp, "114 words, the text repeats 6 times; baseline 19", 114),
            Rejected("2024-10-01T08-00-00Z", RejectionReason.PartialPage, "6 words, 32% of the baseline's 19, all of them in it", 6),
            Rejected("2024-11-01T08-00-00Z", RejectionReason.DifferentPage, "its title is “Example Terms of Service”, not “Example Privacy Policy”", 40),
            New("2025-02-03T08-00-00Z", "2025-02-03", 21) with { Kind = "technical-upgrade" },
            Again("2025-03-01T08-00-00Z", "2025-02-03", 21),
        ];
        var metadata = new PolicyMetadata("Example Privacy Policy", "Privacy Policy", "Example", ["users"], "en", DateBasis.Effective,
            "https://example.com/privacy", null, new SourceLocation("policies/example-privacy/policy.yml", 1));
        var policy = new Policy(PolicyId, metadata, [.. versions]) { Recordings = [.. recordings] };
        var users = new Audience("users", "People who use Example", "Users", "users", "What concerns you.", [PolicyId], true, [], new SourceLocation("audiences.yml", 1));
        var memo = new Memo("2024-06-example-sharing", "Example starts sharing with partners", "Why the sharing section changed.", ["Example"], ["Privacy Policy"],
            [new DateOnly(2024, 6, 25)], ["A. Writer"], [], [PolicyId], "memos/2024-06-example-sharing.md", new DocumentContent([Paragraph("The sharing section changed.")], []));
        var site = SiteSettings.Default with { BaseUrl = "https://example.org/" };
        return new KnowledgeBase(site, [users], [policy], [memo], Glossary.Empty);
    }

    private static PolicyVersion Version(string id, string file, DateOnly stated, string collect, string use, string share)
    {
        var date = DateOnly.ParseExact(id, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = Folder + file + ".md";
        var content = new DocumentContent(
            [Paragraph("This policy explains what we do with your data.")],
            [Section("what-we-collect", "What we collect", collect, path), Section("how-we-use-it", "How we use it", use, path), Section("sharing", "Sharing", share, path)]);
        return new PolicyVersion(PolicyId, date, path, SourceFormat.Markdown, "Example Privacy Policy", null, stated, content) { Id = id, FirstRecorded = date, IsRecorded = true };
    }

    private static Section Section(string id, string heading, string text, string path) =>
        new(id, heading, 2, [Paragraph(text)], [], new SourceLocation(path, 3));

    private static Paragraph Paragraph(string text) => new([new Text(text)], new SourceLocation("hand-made", 1));

    private static DateTimeOffset At(string file) =>
        DateTimeOffset.ParseExact(file, "yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static Recording New(string file, string version, int words) =>
        new(Folder + file + ".md", At(file), "record", RecordingFate.NewVersion, version, null, null, words);

    private static Recording Again(string file, string version, int words) =>
        new(Folder + file + ".md", At(file), "record", RecordingFate.ReRecording, version, null, null, words);

    private static Recording Rejected(string file, RejectionReason reason, string detail, int words) =>
        new(Folder + file + ".md", At(file), "record", RecordingFate.Rejected, null, reason, detail, words);
}
