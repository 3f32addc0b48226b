using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;
using PolicyKb.Site.Serving;

namespace PolicyKb.Tests.Browser;

/// <summary>
/// Builds the seed site plus a policy and a memo whose text carries script payloads, serves it with the production
/// security headers, the Content-Security-Policy of netlify.toml with a report-uri added (reports are collected
/// in <see cref="Reports"/>), and starts Debian's Chromium. Every payload that ran would set <c>window.__xss</c>
/// or open a dialog.
/// </summary>
public sealed class HostileSiteFixture : IAsyncLifetime
{
    public const string ReportPath = "/__csp-report";

    public const string PolicyId = "hostile-payloads";

    /// <summary>A word in every payload section, so a search finds them all.</summary>
    public const string Canary = "xsscanary";

    public const string Markdown = $$"""
        # Hostile Payloads Policy

        {{Canary}} This policy carries script payloads in every place a document can put them.

        ## Raw script

        {{Canary}} raw script: <script>window.__xss = 'raw script'; alert('raw script')</script> after the script.

        <script>window.__xss = 'script block'; alert('script block')</script>

        ## Image with an error handler

        {{Canary}} image: <img src=x onerror="window.__xss='img onerror';alert('img')"> after the image.

        <div><img src="x" onerror="window.__xss='img block'" alt="block image"><iframe src="javascript:window.__xss='iframe'"></iframe></div>

        ## Links that run script

        {{Canary}} links: [javascript click](javascript:window.__xss='javascript link';alert('js')), <a href="javascript:window.__xss='raw a'">raw click</a>, <a href="data:text/html,<script>alert('data')</script>">data click</a>, <a href="https://example.org/" onclick="window.__xss='onclick'">onclick click</a> and [reference click][evil].

        [evil]: javascript:window.__xss='reference'

        ## Heading <svg onload="window.__xss='svg heading';alert('svg')"> with svg

        {{Canary}} svg heading: "><svg onload="window.__xss='svg text'"> and '><img src=x onerror="window.__xss='quote break'">.

        ## Payloads written as text

        {{Canary}} shown as text: \<img src=x onerror=alert(1)\> and &lt;script&gt;window.__xss='entity'&lt;/script&gt; stay text.

        ## Definitions

        {{Canary}} Anything posted, including \<script\>window.__xss='glossary'\</script\> and <img src=x onerror="window.__xss='glossary img'"> ("Hostile Content").

        The payload term ("\<svg onload=alert(1)\> Term") is defined here.

        Every use of Hostile Content links to its definition.
        """;

    private readonly TempFolder _folder = new();
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The bodies of the violation reports Chromium sent to <see cref="ReportPath"/>.</summary>
    public ConcurrentQueue<string> Reports { get; } = new();

    public async Task InitializeAsync()
    {
        var input = _folder.CopyFrom(TestPaths.Input, "input");
        _folder.File($"input/policies/{PolicyId}/policy.yml", """
            title: "Hostile <script>window.__xss='title'</script> Payloads"
            kind: Policy
            audiences: [users, developers]
            language: en
            source_url: https://example.com/legal/hostile
            summary: "A summary with <img src=x onerror=\"window.__xss='summary'\"> in it."
            """);
        _folder.File($"input/policies/{PolicyId}/2025-01-01.md", Markdown);
        _folder.File("input/memos/2026-01-01-hostile.md", $"""
            ---
            title: "Memo <img src=x onerror=\"window.__xss='memo title'\">"
            service: Instagram
            terms_types: ["Privacy Policy"]
            dates: ["2026-01-01"]
            ---

            {Canary} The memo says <script>window.__xss='memo'</script> and [click](javascript:window.__xss='memo link').
            """);

        var output = Path.Combine(_folder.Path, "output");
        var (result, _) = SiteBuilder.Build(BuildOptions.For(input, output), Path.Combine(TestPaths.Repository, "theme"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        _server = SiteServer.Create(output, "127.0.0.1", 0, liveReload: null, app =>
        {
            // The policy netlify.toml ships, with a reporting endpoint added; this runs after the production headers.
            app.Use(async (context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy + "; report-uri " + ReportPath;
                await next();
            });
            app.MapPost(ReportPath, async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                Reports.Enqueue(await reader.ReadToEndAsync());
                return Results.NoContent();
            });
        });
        await _server.StartAsync();
        BaseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page that records dialogs, script errors, console errors and CSP violation events.</summary>
    public async Task<WatchedPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync();
        // Runs before any script of the page; the page's CSP does not apply to it.
        await context.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(page);
        page.Dialog += (_, dialog) =>
        {
            watched.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                watched.Console.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => watched.Console.Add("page error: " + error);
        return watched;
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

/// <summary>A page and what it recorded: dialogs opened, console errors and warnings, script errors.</summary>
public sealed class WatchedPage(IPage page)
{
    public IPage Page { get; } = page;

    public List<string> Dialogs { get; } = [];

    public List<string> Console { get; } = [];

    /// <summary>The securitypolicyviolation events the page saw.</summary>
    public async Task<string[]> ViolationsAsync() => await Page.EvaluateAsync<string[]>("window.__violations ?? []");

    /// <summary>What a payload that ran would have set.</summary>
    public async Task<string?> XssMarkerAsync() => await Page.EvaluateAsync<string?>("typeof window.__xss === 'undefined' ? null : String(window.__xss)");
}

[CollectionDefinition(Name)]
public sealed class HostileSiteCollection : ICollectionFixture<HostileSiteFixture>
{
    public const string Name = "hostile site";
}
