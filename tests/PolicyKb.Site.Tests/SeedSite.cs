using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>The site built from the real input, once per test run, in memory.</summary>
internal static class SeedSite
{
    private static readonly Lazy<BuildContext> Built = new(() =>
    {
        var options = BuildOptions.For(TestPaths.Input, Path.Combine(Path.GetTempPath(), "policykb-tests", "seed-output"));
        var (result, context) = SiteBuilder.Build(options, Path.Combine(TestPaths.Repository, "theme"), publish: false);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return context;
    });

    public static BuildContext Context => Built.Value;

    public static string Page(string url) =>
        Context.Output.GetText(PolicyKb.Urls.SiteUrls.FileOf(url)) ?? throw new InvalidOperationException($"No page at {url}");
}
