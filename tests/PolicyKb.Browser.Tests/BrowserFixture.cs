using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;
using PolicyKb.Site.Serving;

namespace PolicyKb.Tests.Browser;

/// <summary>
/// Builds the seed site once, serves it with the production security headers on a free local port, and starts
/// Debian's Chromium through Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public string OutputDirectory => Path.Combine(_folder.Path, "output");

    public async Task InitializeAsync()
    {
        var (result, _) = SiteBuilder.Build(BuildOptions.For(TestPaths.Input, OutputDirectory), Path.Combine(TestPaths.Repository, "theme"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        _server = SiteServer.Create(OutputDirectory, "127.0.0.1", 0, liveReload: null);
        await _server.StartAsync();
        BaseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page that fails the test on any Content-Security-Policy violation or script error.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The 404 page is itself served with status 404, which Chromium logs; that is the page working.
            if (message.Type == "error" && !(page.Url.Contains("/no-such-page", StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal)))
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

        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
