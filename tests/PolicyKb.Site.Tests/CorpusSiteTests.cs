using System.Text.RegularExpressions;
using PolicyKb.Authoring;
using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Steps;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// The Open Terms Archive corpus, imported with import-ota, builds as a site through the normal pipeline: 94 real
/// documents nobody here shaped, with their memos and the three earlier Instagram Privacy Policy versions.
/// </summary>
public sealed partial class CorpusSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_imported_corpus_builds_with_every_document_version_and_memo()
    {
        var input = Path.Combine(_folder.Path, "input");
        var corpus = TestPaths.Corpus;
        OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(
            Path.Combine(corpus, "ota"), input, new DateOnly(2026, 8, 22), Path.Combine(corpus, "memos"), Path.Combine(corpus, "history", "instagram-privacy-policy")))
            .Errors.ShouldBeEmpty();

        var (result, context) = SiteBuilder.Build(BuildOptions.For(input, Path.Combine(_folder.Path, "output")), Path.Combine(TestPaths.Repository, "theme"), publish: false);

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var pages = context.Output.Files.Select(f => f.Key).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToHashSet();
        foreach (var policy in context.Get<LinkedKnowledgeBase>().KnowledgeBase.Policies)
        {
            pages.ShouldContain($"policies/{policy.Id}/index.html");
            policy.Versions.ShouldAllBe(v => pages.Contains($"policies/{policy.Id}/{v.DateSlug}/index.html"));
        }

        context.Get<LinkedKnowledgeBase>().KnowledgeBase.Memos.ShouldAllBe(m => pages.Contains($"memos/{m.Id}/index.html"));
        pages.ShouldContain("policies/instagram-privacy-policy/changes/2025-09-19-to-2026-08-22/index.html");
        pages.ShouldContain("developers/instagram-developer-terms/index.html");
        pages.ShouldContain("law-enforcement/instagram-law-enforcement-guidelines/index.html");
        foreach (var page in pages)
        {
            ScriptElement().Matches(context.Output.GetText(page)!).Select(m => m.Value).ShouldAllBe(tag => tag.Contains("type=\"module\" src=\"/assets/", StringComparison.Ordinal), page);
        }

        // The search index is kept in parts; after an edit to one version, the next build writes only that part.
        var index = context.Get<SearchIndexBuilt>();
        index.Parts.ShouldBeGreaterThan(10);
        index.PartsWritten.ShouldBe(index.Parts);
        var version = Directory.GetFiles(Path.Combine(input, "policies", "instagram-privacy-policy"), "*.md").Order(StringComparer.Ordinal).Last();
        File.AppendAllText(version, "\n\nA sentence about quokkas, added to test the incremental build.\n");
        var (again, edited) = SiteBuilder.Build(BuildOptions.For(input, Path.Combine(_folder.Path, "output")), Path.Combine(TestPaths.Repository, "theme"), publish: false);
        again.Succeeded.ShouldBeTrue(string.Join("\n", again.Diagnostics));
        edited.Get<SearchIndexBuilt>().PartsWritten.ShouldBe(1);
        edited.Get<SearchIndexBuilt>().Parts.ShouldBe(index.Parts);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();
}
