using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Steps;
using PolicyKb.Site;
using PolicyKb.Site.Serving;
using PolicyKb.Tests;
using PolicyKb.Views;

namespace PolicyKb.Search.BrowserTests;

/// <summary>
/// Builds the seed site with its search index, serves it with the production headers (strict CSP) and with
/// <c>GET /api/search</c> mounted as <c>serve</c> mounts it (<see cref="SearchEndpoint"/>), and starts Debian's Chromium through Playwright.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebApplication? _server;
    private SearchEndpoint? _search;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The URL of the folder of the search scripts (content-hashed).</summary>
    public string ScriptsUrl { get; private set; } = "";

    public KnowledgeBase KnowledgeBase { get; private set; } = KnowledgeBase.Empty;

    public PolicySearcher Searcher { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var options = BuildOptions.For(TestPaths.Input, Path.Combine(_folder.Path, "output"));
        var (result, context) = SiteBuilder.Build(options, Path.Combine(TestPaths.Repository, "theme"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        KnowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        var searchScript = context.Get<ThemeAssetUrls>().SearchScript ?? throw new InvalidOperationException("The theme has no search script.");
        ScriptsUrl = searchScript[..(searchScript.LastIndexOf('/') + 1)];
        Searcher = PolicySearcher.Open(BuildSearchIndex.IndexFolder(options));
        _search = new SearchEndpoint(BuildSearchIndex.IndexFolder(options));
        _server = SiteServer.Create(options.OutputDirectory, "127.0.0.1", 0, liveReload: null, _search.Map);
        await _server.StartAsync();
        BaseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page whose script errors and Content-Security-Policy violations are collected.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        _search?.Dispose();
        Searcher.Dispose();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSiteFixture>
{
    public const string Name = "search site";
}
