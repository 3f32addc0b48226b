using System.Text.Json;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search;
using PolicyKb.Search.Api;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Steps;
using PolicyKb.Site;
using PolicyKb.Site.Serving;

namespace PolicyKb.Tests;

/// <summary>The search index a build leaves: exported for the page, cached for the CLI and <c>serve</c>'s API.</summary>
public sealed class SearchIndexBuildTests
{
    [Fact]
    public void An_incremental_build_after_a_changed_version_exports_the_same_search_index_as_a_full_build()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var output = Path.Combine(folder.Path, "output");
        SiteBuilder.Build(BuildOptions.For(input, output)).Result.Succeeded.ShouldBeTrue();
        var before = IndexFiles(output);

        File.AppendAllText(Path.Combine(input, "policies", "platform-policy", "2026-11-24.md"), "\n\nD. Contact\n\nWrite to the platform team by quokka.\n");
        var (incremental, context) = SiteBuilder.Build(BuildOptions.For(input, output));
        incremental.Succeeded.ShouldBeTrue();
        context.Get<PolicyKb.Site.Incremental.IncrementalRendering>().Reused.ShouldBeGreaterThan(10);
        var after = IndexFiles(output);
        after["manifest.json"].ShouldNotBe(before["manifest.json"]);

        // A full build in an output folder of its own (so with a cache of its own).
        var full = Path.Combine(folder.Path, "full");
        SiteBuilder.Build(BuildOptions.For(input, full) with { Incremental = false }).Result.Succeeded.ShouldBeTrue();
        var fromScratch = IndexFiles(full);
        after.Keys.ShouldBe(fromScratch.Keys);
        foreach (var (file, bytes) in after)
        {
            bytes.ShouldBe(fromScratch[file], file);
        }

        // The cached Lucene index, which the CLI and serve search, has the new words too.
        using var searcher = PolicySearcher.Open(BuildSearchIndex.IndexFolder(BuildOptions.For(input, output)));
        searcher.Search(new SearchRequest("quokka")).Hits.ShouldContain(h => h.Url.StartsWith("/policies/platform-policy/#", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_output_folder_has_a_cache_of_its_own()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var built = BuildOptions.For(input, Path.Combine(folder.Path, "site-a"));
        var other = BuildOptions.For(input, Path.Combine(folder.Path, "site-b"));
        other.CacheDirectory.ShouldNotBe(built.CacheDirectory);
        SiteBuilder.Build(built).Result.Succeeded.ShouldBeTrue();

        // serve for an output folder not built yet has no index to answer from, whatever was built beside it.
        using var endpoint = new SearchEndpoint(BuildSearchIndex.IndexFolder(other));
        endpoint.Handle("subpoena", null, null, false).Status.ShouldBe(503);
    }

    [Fact]
    public void Serve_s_api_answers_from_the_last_build_with_the_hits_of_the_cli()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var options = BuildOptions.For(input, Path.Combine(folder.Path, "output"));
        using var endpoint = new SearchEndpoint(BuildSearchIndex.IndexFolder(options));
        endpoint.Handle("subpoena", null, null, false).Status.ShouldBe(503);

        SiteBuilder.Build(options).Result.Succeeded.ShouldBeTrue();
        var (status, body) = endpoint.Handle("delete my account", null, 3, false);
        status.ShouldBe(200);

        // The CLI searches the same cached index once it sees the input has not changed since the build.
        SearchIndexCache.EnsureFresh(options.InputDirectory, BuildSearchIndex.IndexFolder(options), () => throw new InvalidOperationException("rebuilt a fresh index")).ShouldBeTrue();
        using (var searcher = PolicySearcher.Open(BuildSearchIndex.IndexFolder(options)))
        {
            var cli = new SearchApi(searcher).Handle("delete my account", null, 3, text: true);
            Urls(body).ShouldBe(cli.Results!.Hits.Select(h => h.Url));
            Urls(body).Count.ShouldBe(3);
        }

        endpoint.Handle("x", "nobody", null, false).Status.ShouldBe(400);
        endpoint.Handle("quokka", null, null, false).Body.ShouldContain("\"total\":0");

        // After a rebuild (serve reloads the endpoint), the new text is found.
        File.AppendAllText(Path.Combine(input, "policies", "platform-policy", "2026-11-24.md"), "\n\nD. Contact\n\nWrite to the platform team by quokka.\n");
        SiteBuilder.Build(options).Result.Succeeded.ShouldBeTrue();
        endpoint.Reload();
        Urls(endpoint.Handle("quokka", null, null, false).Body).ShouldContain(u => u.StartsWith("/policies/platform-policy/#", StringComparison.Ordinal));
    }

    private static List<string> Urls(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!)];

    private static SortedDictionary<string, byte[]> IndexFiles(string output)
    {
        var root = Path.Combine(output, BuildSearchIndex.OutputFolder);
        return new(
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
    }
}
