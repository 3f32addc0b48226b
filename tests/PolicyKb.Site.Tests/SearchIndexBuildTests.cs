using System.Text.Json;
using PolicyKb.Pipeline;
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
}
