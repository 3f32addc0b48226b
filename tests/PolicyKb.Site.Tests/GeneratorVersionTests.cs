using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicyKb.Pipeline;

namespace PolicyKb.Tests;

/// <summary>A published site says which tool and version made it: in every page, the feed and the search manifest.</summary>
public sealed class GeneratorVersionTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_page_has_a_generator_meta_tag_with_the_tools_version()
    {
        var pages = SeedSite.Context.Output.Files.Select(f => f.Key).Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList();

        pages.ShouldNotBeEmpty();
        foreach (var page in pages)
        {
            var document = Parser.ParseDocument(SeedSite.Context.Output.GetText(page)!);
            document.QuerySelectorAll("head meta[name=generator]").Select(m => m.GetAttribute("content")).ShouldBe([$"policykb {Generator.Version}"], page);
        }
    }

    [Fact]
    public void The_feed_and_the_search_manifest_name_the_generator_and_its_version()
    {
        SeedSite.Context.Output.GetText("feed.xml")!.ShouldContain($"<generator version=\"{Generator.Version}\">policykb</generator>");

        using var manifest = JsonDocument.Parse(SeedSite.Context.Output.GetText("search-index/manifest.json")!);
        manifest.RootElement.GetProperty("generator").GetString().ShouldBe($"policykb {Generator.Version}");
    }
}
