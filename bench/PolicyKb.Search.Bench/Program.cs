using Microsoft.Playwright;
using PolicyKb.Search.Bench;
using PolicyKb.Search.Steps;
using PolicyKb.Search.Tests;
using PolicyKb.Search.Tests.Corpus;
using PolicyKb.Tests;

// The search benchmark (see "Search" in the top-level README.md):
//   dotnet run -c Release --project bench/PolicyKb.Search.Bench -- [--site seed|ota|history|both] [--output DIR] [--built]
// (history: the corpus with its memos and both full recorded histories, about 600 recordings; "both" is seed and ota)
// builds each site with the site's own pipeline (or, with --built, takes DIR/<site> as already built), runs
// Pagefind over the same HTML, serves both with gzip on 127.0.0.1 and measures both engines in Chromium.
var sites = Argument("--site") ?? "both";
var outputRoot = Path.GetFullPath(Argument("--output") ?? Path.Combine(Path.GetTempPath(), "policykb-search-bench"));
var built = args.Contains("--built");

var figures = new List<(BenchSite Site, EngineFigures Ours, EngineFigures Pagefind)>();
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

foreach (var name in sites == "both" ? ["seed", "ota"] : new[] { sites })
{
    var input = TestPaths.Input;
    if (name == "ota")
    {
        input = Path.Combine(outputRoot, "ota-input");
        if (Directory.Exists(input))
        {
            Directory.Delete(input, recursive: true);
        }

        OtaInputFolder.Create(Path.Combine(TestPaths.Corpus, "ota"), input);
    }
    else if (name == "history")
    {
        // The corpus with its memos and both full recorded histories, as `import-ota --recordings` writes it.
        input = Path.Combine(outputRoot, "history-input");
        if (Directory.Exists(input))
        {
            Directory.Delete(input, recursive: true);
        }

        var imported = PolicyKb.Authoring.OpenTermsArchiveImport.Write(new(Path.Combine(TestPaths.Corpus, "ota"), input, new DateOnly(2026, 8, 22), Path.Combine(TestPaths.Corpus, "memos"))
        {
            RecordedHistoriesDirectory = Path.Combine(TestPaths.Corpus, "recordings"),
        });
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", imported.Diagnostics));
        }
    }

    var output = Path.Combine(outputRoot, name, "output");
    Console.Error.WriteLine($"[{name}] {(built ? "reading" : "building")} the site…");
    var site = BenchSite.Prepare(name, input, output, build: !built);

    var served = Path.Combine(outputRoot, name, "served");
    if (Directory.Exists(served))
    {
        Directory.Delete(served, recursive: true);
    }

    Console.Error.WriteLine($"[{name}] running Pagefind over the same pages…");
    var pagefindTime = PagefindIndex.Build(output, served);
    await using var server = await GzipFileServer.StartAsync(served);

    var scripts = Directory.GetDirectories(Path.Combine(served, "assets")).Select(d => Path.Combine(d, "search")).Single(Directory.Exists);
    var scriptsUrl = "/" + Path.GetRelativePath(served, scripts).Replace('\\', '/') + "/";
    var timed = ParityQueries.For(site.KnowledgeBase).Select(c => c.Q).Where(q => q.Trim().Length > 0).ToList();
    var bench = new BrowserBench(browser, server.BaseUrl);

    Console.Error.WriteLine($"[{name}] measuring ours in Chromium ({timed.Count} timed queries)…");
    var ours = await bench.MeasureAsync("ours", BrowserBench.Ours, scriptsUrl, site, timed,
        site.IndexBuild ?? site.IndexRebuild, site.IndexRebuild, site.IndexRebuildWriting, FolderSize(Path.Combine(served, BuildSearchIndex.OutputFolder)));
    Console.Error.WriteLine($"[{name}] measuring Pagefind in Chromium…");
    var pagefind = await bench.MeasureAsync("Pagefind", BrowserBench.Pagefind, null, site, timed,
        pagefindTime.First, pagefindTime.Again, null, FolderSize(Path.Combine(served, "pagefind")));
    figures.Add((site, ours, pagefind));
}

Console.Out.Write(BenchReport.Render(figures, browser.Version));
return 0;

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static (long Files, long Bytes) FolderSize(string folder)
{
    var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
    return (files.Length, files.Sum(f => new FileInfo(f).Length));
}
