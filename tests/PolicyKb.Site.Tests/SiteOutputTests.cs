using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;

namespace PolicyKb.Tests;

public sealed partial class SiteOutputTests
{
    public sealed class The_seed_site
    {
        private static IEnumerable<string> Pages => SeedSite.Context.Output.Files.Select(f => f.Key).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

        [Fact]
        public void Has_a_page_for_every_policy_version_audience_and_memo()
        {
            var pages = Pages.ToList();
            pages.ShouldContain("index.html");
            pages.ShouldContain("policies/privacy-policy/index.html");
            pages.ShouldContain("policies/privacy-policy/2024-11-14/index.html");
            pages.ShouldContain("policies/privacy-policy/2025-06-16/index.html");
            pages.ShouldContain("policies/terms-of-use/2013-01-19/index.html");
            pages.ShouldContain("policies/platform-policy/index.html");
            pages.ShouldContain("policies/law-enforcement-guidelines/index.html");
            pages.ShouldContain("users/index.html");
            pages.ShouldContain("developers/privacy-policy/index.html");
            pages.ShouldContain("law-enforcement/privacy-policy/index.html");
            pages.ShouldContain("memos/2025-10-16-instagram-ai-interactions/index.html");
            pages.ShouldContain("404.html");
        }

        [Fact]
        public void Loads_nothing_from_other_hosts_and_has_no_inline_script_or_style()
        {
            foreach (var page in Pages)
            {
                var html = SeedSite.Context.Output.GetText(page)!;
                ExternalResource().IsMatch(html).ShouldBeFalse(page);
                InlineScript().IsMatch(html).ShouldBeFalse(page);
                html.ShouldNotContain("<style", Case.Insensitive, page);
                html.ShouldNotContain(" style=\"", Case.Sensitive, page);
                EventHandlerAttribute().IsMatch(html).ShouldBeFalse(page);
            }
        }

        [Fact]
        public void Marks_the_sections_that_concern_an_audience()
        {
            var developers = SeedSite.Page("/developers/privacy-policy/");
            developers.ShouldContain("<section id=\"with-integrated-partners\" class=\"doc-section relevant\"");
            developers.ShouldContain("<input type=\"checkbox\" id=\"only-relevant\" data-filter=\"only\" data-audience=\"developers\" />");
            var enforcement = SeedSite.Page("/law-enforcement/privacy-policy/");
            enforcement.ShouldContain("<section id=\"how-do-we-respond-to-legal-requests-comply-with-applicable-law-and-prevent-harm\" class=\"doc-section relevant\"");
            SeedSite.Page("/developers/terms-of-use/").ShouldContain("<section id=\"basic-terms\" class=\"doc-section relevant\"");
        }

        [Fact]
        public void Gives_every_page_a_canonical_url_description_and_open_graph_tags()
        {
            foreach (var page in Pages)
            {
                var html = SeedSite.Context.Output.GetText(page)!;
                html.ShouldContain("<link rel=\"canonical\" href=\"https://instagram-policy-library.netlify.app/", Case.Sensitive, page);
                html.ShouldMatch("<meta name=\"description\" content=\"[^\"]{20,}\"");
                html.ShouldContain("<meta property=\"og:title\"");
            }

            SeedSite.Page("/developers/privacy-policy/").ShouldContain("<link rel=\"canonical\" href=\"https://instagram-policy-library.netlify.app/policies/privacy-policy/\" />");
        }

        [Fact]
        public void Writes_a_sitemap_of_canonical_pages_robots_and_an_atom_feed()
        {
            var sitemap = XDocument.Parse(SeedSite.Context.Output.GetText("sitemap.xml")!);
            var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
            locations.ShouldContain("https://instagram-policy-library.netlify.app/policies/privacy-policy/");
            locations.ShouldContain("https://instagram-policy-library.netlify.app/policies/privacy-policy/2024-11-14/");
            locations.ShouldNotContain("https://instagram-policy-library.netlify.app/developers/privacy-policy/");
            locations.ShouldNotContain(l => l.EndsWith("404.html", StringComparison.Ordinal));
            SeedSite.Context.Output.GetText("robots.txt")!.ShouldContain("Sitemap: https://instagram-policy-library.netlify.app/sitemap.xml");

            var feed = XDocument.Parse(SeedSite.Context.Output.GetText("feed.xml")!);
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var entries = feed.Root!.Elements(atom + "entry").ToList();
            entries.Count.ShouldBe(6); // five versions and one memo
            entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count().ShouldBe(6);
            var updated = entries.Select(e => e.Element(atom + "updated")!.Value).ToList();
            updated.ShouldBe(updated.OrderDescending(StringComparer.Ordinal).ToList());
            entries.ShouldContain(e => e.Element(atom + "title")!.Value == "Memo: Instagram begins use of AI interactions to personalise experiences and ads");
            entries.ShouldContain(e => e.Element(atom + "title")!.Value == "Privacy Policy updated: Effective June 16, 2025");
        }
    }

    public sealed class Building
    {
        [Fact]
        public void Gives_byte_identical_output_for_the_same_input()
        {
            using var folder = new TempFolder();
            var first = Path.Combine(folder.Path, "first");
            var second = Path.Combine(folder.Path, "second");
            SiteBuilder.Build(BuildOptions.For(TestPaths.Input, first)).Result.Succeeded.ShouldBeTrue();
            SiteBuilder.Build(BuildOptions.For(TestPaths.Input, second)).Result.Succeeded.ShouldBeTrue();
            OutputFolder.ShouldHoldTheSameFilesAs(second, first);
        }

        [Fact]
        public void Renders_again_only_the_pages_that_depend_on_a_changed_version_and_gives_the_same_output_as_a_full_build()
        {
            using var folder = new TempFolder();
            var input = folder.CopyFrom(TestPaths.Input, "input");
            var output = Path.Combine(folder.Path, "output");
            SiteBuilder.Build(BuildOptions.For(input, output)).Result.Succeeded.ShouldBeTrue();

            var version = Path.Combine(input, "policies", "platform-policy", "2026-11-24.md");
            File.AppendAllText(version, "\n\nD. Contact\n\nWrite to the platform team.\n");
            var (incremental, context) = SiteBuilder.Build(BuildOptions.For(input, output));
            incremental.Succeeded.ShouldBeTrue();
            var rendering = context.Get<PolicyKb.Site.Incremental.IncrementalRendering>();
            rendering.Reused.ShouldBeGreaterThan(10);
            var pages = context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Key).ToList();
            rendering.Rendered.ShouldBe(pages.Count - rendering.Reused);
            File.ReadAllText(Path.Combine(output, "policies", "platform-policy", "index.html")).ShouldContain("Write to the platform team.");

            var full = Path.Combine(folder.Path, "full");
            SiteBuilder.Build(BuildOptions.For(input, full) with { Incremental = false }).Result.Succeeded.ShouldBeTrue();
            foreach (var page in pages)
            {
                File.ReadAllBytes(Path.Combine(output, page)).ShouldBe(File.ReadAllBytes(Path.Combine(full, page)), page);
            }
        }

        [Fact]
        public void Leaves_the_previous_output_untouched_when_the_input_is_bad()
        {
            using var folder = new TempFolder();
            var input = folder.CopyFrom(TestPaths.Input, "input");
            var output = Path.Combine(folder.Path, "output");
            SiteBuilder.Build(BuildOptions.For(input, output)).Result.Succeeded.ShouldBeTrue();
            var before = File.ReadAllText(Path.Combine(output, "index.html"));

            File.WriteAllText(Path.Combine(input, "policies", "terms-of-use", "2014-01-01.md"), "");
            File.WriteAllText(Path.Combine(input, "policies", "terms-of-use", "policy.yml"), "title: Terms of Use\nkind: [broken\n");
            var (result, _) = SiteBuilder.Build(BuildOptions.For(input, output));

            result.Succeeded.ShouldBeFalse();
            result.Diagnostics.Select(d => d.ToString()).ShouldBe([
                "policies/terms-of-use/2014-01-01.md:1: error: empty file",
                "policies/terms-of-use/policy.yml:3: error: malformed YAML: While parsing a flow sequence, did not find expected ',' or ']'",
            ]);
            File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe(before);
            // No staging or retired output is left behind; .cache holds the build cache of the first build.
            Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".cache", "input", "output"]);
        }

        [Fact]
        public void Fails_naming_the_page_line_and_link_when_an_internal_link_or_anchor_is_broken()
        {
            var context = new BuildContext(BuildOptions.For(TestPaths.Input, Path.Combine(Path.GetTempPath(), "unused")));
            context.Output.Add("index.html", "<html><body>\n<a href=\"/a/\">ok</a>\n<a href=\"/missing/\">x</a>\n<a href=\"/a/#nowhere\">y</a>\n<a href=\"#top\">z</a><p id=\"top\"></p>\n<a href=\"/a\">w</a> <a href=\"https://example.com/x\">ext</a></body></html>");
            context.Output.Add("a/index.html", "<html><body><h1 id=\"here\">A</h1><img src=\"/assets/logo.png\"></body></html>");
            new PolicyKb.Site.Steps.CheckLinks().Execute(context);
            context.Diagnostics.All.Select(d => d.ToString()).ShouldBe([
                "output/a/index.html:1: error: broken link (no such page or file): /assets/logo.png",
                "output/index.html:3: error: broken link (no such page or file): /missing/",
                "output/index.html:4: error: broken anchor (no element with that id): /a/#nowhere",
                "output/index.html:6: error: link to a folder without its trailing slash: /a",
            ]);
        }
    }

    [GeneratedRegex("""<[a-z]+[^>]*\son[a-z]+=""")]
    private static partial Regex EventHandlerAttribute();

    // Stylesheets, scripts, images and icons must come from the site itself; links to other sites are fine.
    [GeneratedRegex("""<(?:script|img|iframe|source|video|audio)[^>]*\ssrc="(?:https?:)?//|<link[^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*href="(?:https?:)?//""")]
    private static partial Regex ExternalResource();

    [GeneratedRegex("""<script(?![^>]*\ssrc=)[^>]*>""")]
    private static partial Regex InlineScript();
}
