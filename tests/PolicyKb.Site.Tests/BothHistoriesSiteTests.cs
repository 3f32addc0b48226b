using System.Text.Json;
using PolicyKb.Authoring;
using PolicyKb.Pipeline;
using PolicyKb.Search;
using PolicyKb.Search.Steps;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// The whole site as a policy team feeds it from a recorder: the 94-document corpus with its memos and real
/// recordings of both recorded histories (Instagram's and Facebook's Privacy Policies, a few files of each, noise
/// included), written by <c>import-ota --recordings</c> and built with the site's pipeline.
/// </summary>
public sealed class BothHistoriesSiteTests
{
    private static readonly (string Service, string File)[] Recordings =
    [
        ("Instagram", "2025-06-16T12-32-23Z.md"), // a version
        ("Instagram", "2025-06-21T00-31-25Z.md"), // a stub
        ("Instagram", "2025-06-25T17-17-32Z.md"), // a blow-up
        ("Instagram", "2025-09-19T00-33-09Z.md"), // a version
        ("Facebook", "2022-07-11T14-58-05Z.md"), // Meta's old Data Policy, "Date of Last Revision: 4 January, 2022"
        ("Facebook", "2022-09-07T17-19-04Z.md"), // a version
        ("Facebook", "2022-09-07T18-30-01Z.md"), // a re-recording of it
    ];

    [Fact]
    public void Builds_the_corpus_with_both_recorded_histories_and_tells_each_recording_s_fate()
    {
        using var folder = new TempFolder();
        foreach (var (service, file) in Recordings)
        {
            folder.Bytes($"recorded/{service}/Privacy Policy/{file}", File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "recordings", service, "Privacy Policy", file)));
        }

        var input = Path.Combine(folder.Path, "input");
        var import = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Path.Combine(TestPaths.Corpus, "ota"), input, new DateOnly(2026, 8, 22), Path.Combine(TestPaths.Corpus, "memos"))
        {
            RecordedHistoriesDirectory = Path.Combine(folder.Path, "recorded"),
        });
        import.Errors.ShouldBeEmpty();
        import.Recordings.ShouldBe(Recordings.Length);

        var options = BuildOptions.For(input, Path.Combine(folder.Path, "output"));
        var (result, context) = SiteBuilder.Build(options, publish: false);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics.Where(d => d.Severity == PolicyKb.Diagnostics.DiagnosticSeverity.Error)));
        result.Diagnostics.Where(d => d.Message.StartsWith("rejected", StringComparison.Ordinal)).Select(d => Path.GetFileName(d.Location.Path))
            .ShouldBe(["2025-06-21T00-31-25Z.md", "2025-06-25T17-17-32Z.md"]);

        var facebook = Data(context, "facebook-privacy-policy");
        facebook.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("id").GetString(), v.GetProperty("recordings").GetArrayLength()))
            .ShouldBe([("2022-07-11", 1), ("2022-09-07", 2)]);
        facebook.GetProperty("versions")[0].GetProperty("effective").GetString().ShouldBe("2022-01-04");
        var instagram = Data(context, "instagram-privacy-policy");
        // The corpus's own recording of 2026-08-22 is the newest version; the rejected recordings are listed, not dropped.
        instagram.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetString()).ShouldBe(["2025-06-16", "2025-09-19", "2026-08-22"]);
        instagram.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ShouldBe(["stub-or-error-page", "blow-up"]);
        foreach (var id in new[] { "facebook-privacy-policy", "instagram-privacy-policy" })
        {
            context.Output.Contains($"policies/{id}/history/index.html").ShouldBeTrue(id);
            context.Output.Contains($"policies/{id}/compare/index.html").ShouldBeTrue(id);
            context.Output.Contains($"policies/{id}/feed.xml").ShouldBeTrue(id);
        }

        // Search across both histories: current text first, and a section the same in several versions is one hit.
        using var searcher = PolicySearcher.Open(BuildSearchIndex.IndexFolder(options));
        var hits = searcher.Search(new SearchRequest("information we collect", IncludeArchived: true, Limit: 100)).Hits;
        hits.Select(h => h.Current).ShouldBe(hits.Select(h => h.Current).OrderByDescending(c => c));
        hits.ShouldContain(h => h.Document == "instagram-privacy-policy" && h.Versions.Length > 1);
        searcher.Search(new SearchRequest("\"date of last revision\"")).Hits.ShouldNotContain(h => h.Document == "facebook-privacy-policy");
        searcher.Search(new SearchRequest("\"date of last revision\"", IncludeArchived: true)).Hits
            .ShouldContain(h => h.Document == "facebook-privacy-policy" && !h.Current && h.Version == "2022-07-11");
    }

    private static JsonElement Data(BuildContext context, string policy) =>
        JsonDocument.Parse(context.Output.GetText($"data/policies/{policy}.json")!).RootElement.Clone();
}
