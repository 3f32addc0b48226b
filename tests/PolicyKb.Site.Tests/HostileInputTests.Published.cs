using System.Text;
using AngleSharp.Html.Parser;
using static PolicyKb.Tests.HostileInput;

namespace PolicyKb.Tests;

/// <summary>Hostile inputs that are not problems: handled safely, and published.</summary>
public sealed partial class HostileInputTests
{
    [Fact]
    public async Task A_5_MB_single_line_of_words_is_broken_into_lines_and_published()
    {
        var sentence = "Every word of this very long line is kept in order. ";
        var line = new StringBuilder(5 * 1024 * 1024 + sentence.Length);
        while (line.Length < 5 * 1024 * 1024)
        {
            line.Append(sentence);
        }

        Input.Policy("long-line", "# Long Line Policy\n\nThe first paragraph.\n\n" + line.ToString().TrimEnd() + "\n\n## After the line\n\nThe last paragraph.\n");

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var page = Page(context, "policies/long-line/index.html");
        page.ShouldContain("The first paragraph.");
        page.ShouldContain("<section id=\"after-the-line\"");
        var paragraph = new HtmlParser().ParseDocument(page).QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("Every word", StringComparison.Ordinal));
        // The line breaks LongLines put in are read as the spaces they replaced: no word is lost or joined.
        paragraph.TextContent.Length.ShouldBe(line.ToString().TrimEnd().Length);
        paragraph.TextContent.ShouldNotContain("\n");
        File.Exists(Path.Combine(Input.Output, "policies", "long-line", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Zero_width_and_bidirectional_characters_in_headings_are_kept_out_of_ids_and_text_and_markup_is_escaped()
    {
        Input.Policy("invisible", string.Join('\n',
            "# Invisible Characters Policy",
            "",
            "What we do.",
            "",
            "## Data\u200B re\u200Dtention\u2060 and \u202Edeletion\u202C",
            "",
            "We keep data.",
            "",
            "## \u2066Sharing\u2069 with <b onmouseover=\"alert(1)\">partners</b> & \u200Fothers\u200E",
            "",
            "We share data.",
            ""));

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var page = Page(context, "policies/invisible/index.html");
        var document = new HtmlParser().ParseDocument(page);
        var headings = document.QuerySelectorAll("main section.doc-section > .heading-row > h2").Select(h => (Id: h.ParentElement!.ParentElement!.Id!, Text: HeadingText(h))).ToList();
        headings.ShouldBe([("data-retention-and-deletion", "Data retention and deletion"), ("sharing-with-partners-others", "Sharing with partners & others")]);
        // The raw HTML in the heading keeps its text only, and what is left is escaped.
        page.ShouldContain("<h2 class=\"section-heading\">Sharing with partners &amp; others</h2><a class=\"permalink\" href=\"#sharing-with-partners-others\"");
        page.ShouldNotContain("onmouseover");
        foreach (var invisible in "\u200B\u200D\u2060\u202E\u202C\u2066\u2069\u200F\u200E")
        {
            page.ShouldNotContain(invisible.ToString(), Case.Sensitive, $"U+{(int)invisible:X4}");
        }
    }

    [Fact]
    public async Task Control_characters_in_a_memo_and_in_metadata_are_kept_out_of_the_feed_which_stays_well_formed()
    {
        Input.Text("memos/2026-01-01-control.md", "---\ntitle: A memo\nservice: Instagram\nterms_types: [\"Privacy Policy\"]\ndates: [\"2026-01-01\"]\n---\n\nThe memo \u0001 says \u001B[31m red \u000B and \u007F, \uFFFE.\n");
        Input.Policy("control", "# Control Policy\n\nText with a \u0008 backspace.\n");
        Input.Replace("policies/control/policy.yml", "title: control", "title: \"Control \\x01 policy\"\nsummary: \"A summary \\x1b with an escape\"");

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var feed = System.Xml.Linq.XDocument.Parse(context.Output.GetText("feed.xml")!);
        var entries = feed.Root!.Elements().Where(e => e.Name.LocalName == "entry")
            .ToDictionary(e => e.Elements().Single(c => c.Name.LocalName == "title").Value, e => e.Elements().Single(c => c.Name.LocalName == "summary").Value);
        entries["Memo: A memo"].ShouldStartWith("The memo");
        entries["Memo: A memo"].ShouldContain("red");
        entries.Keys.ShouldContain(t => t.StartsWith("Control", StringComparison.Ordinal) && t.Contains("policy", StringComparison.Ordinal));
        entries.Values.ShouldContain(v => v.StartsWith("A summary", StringComparison.Ordinal) && v.EndsWith("with an escape", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_headings_get_unique_ids_that_every_contents_link_reaches()
    {
        Input.Policy("duplicates", string.Join('\n',
            "# Duplicate Headings Policy",
            "",
            "What we do.",
            "",
            "## Cookies",
            "",
            "### Take control",
            "",
            "Set your cookies.",
            "",
            "### Take control",
            "",
            "Again, within the same section.",
            "",
            "## Ads",
            "",
            "### Take control",
            "",
            "Set your ads.",
            "",
            "## Ads",
            "",
            "The same heading twice at the top.",
            "",
            "## Contents",
            "",
            "A heading that is also an id the page uses.",
            ""));

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result); // the link check would fail the build on a contents link to a missing id
        var document = new HtmlParser().ParseDocument(Page(context, "policies/duplicates/index.html"));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        ids.ShouldBeUnique();
        var sectionIds = document.QuerySelectorAll("main section.doc-section").Select(s => s.Id!).ToList();
        sectionIds.Count.ShouldBe(7);
        sectionIds.ShouldContain("cookies-take-control");
        sectionIds.ShouldContain("ads-take-control");
        sectionIds.ShouldNotContain("contents");
    }

    [Fact]
    public async Task A_heading_of_10000_characters_gets_a_short_id_and_is_shown_whole()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"w{i:D3}"))[..10_000];
        Input.Policy("long-heading", $"# Long Heading Policy\n\nWhat we do.\n\n## {words}\n\nThe section's text.\n");

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var document = new HtmlParser().ParseDocument(Page(context, "policies/long-heading/index.html"));
        var section = document.QuerySelectorAll("main section.doc-section").Single(s => s.TextContent.Contains("The section's text.", StringComparison.Ordinal));
        section.Id!.Length.ShouldBeLessThanOrEqualTo(80);
        section.Id.ShouldStartWith("w000-w001-w002");
        HeadingText(section.QuerySelector("h2")!).ShouldBe(words.Trim());
    }

    [Fact]
    public async Task A_glossary_alias_found_in_every_section_is_linked_once_per_section_at_most()
    {
        // "your information" passes the glossary's checks (it is not a single common word) and the Privacy Policy
        // says it in almost every section: the links it makes are bounded by the sections, not by the uses.
        Input.Replace("glossary.yml", "aliases: [integrated partners]", "aliases: [integrated partners, your information]");

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var page = Page(context, "policies/privacy-policy/index.html");
        var document = new HtmlParser().ParseDocument(page);
        var sections = document.QuerySelectorAll("main section.doc-section").ToList();
        var uses = CountOccurrences(string.Concat(sections.Select(s => s.TextContent)).ToLowerInvariant(), "your information");
        uses.ShouldBeGreaterThan(sections.Count);
        document.QuerySelectorAll("a.term[data-term='integrated-partner']").Count(a => a.TextContent.Equals("your information", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThan(1);
        foreach (var section in sections)
        {
            // Only the section's own text: a nested section links on its own.
            var own = section.Children.Where(c => !c.ClassList.Contains("doc-section")).SelectMany(c => c.QuerySelectorAll("a.term[data-term='integrated-partner']"));
            own.Count().ShouldBeLessThanOrEqualTo(2, section.Id); // "integrated partner" and "your information" may each be first once
        }

        document.QuerySelectorAll("a.term[data-term='integrated-partner']").Length.ShouldBeLessThanOrEqualTo(2 * sections.Count);
    }

    [Fact]
    public async Task A_policy_folder_whose_path_has_spaces_and_non_ascii_letters_is_published_under_a_slug()
    {
        Input.Text("policies/Política de privacidad (copia)/policy.yml", "title: Política de privacidad\nkind: Privacy Policy\naudiences: [users]\nlanguage: es\n");
        Input.Text("policies/Política de privacidad (copia)/2025-01-01.md", "# Política de privacidad\n\nRecogemos información sobre ti.\n\n## Cómo usamos la información\n\nLa usamos.\n");

        var (result, context) = await Input.BuildAsync();

        ShouldHaveSucceeded(result);
        var document = new HtmlParser().ParseDocument(Page(context, "policies/politica-de-privacidad-copia/index.html"));
        document.QuerySelector("main")!.TextContent.ShouldContain("Recogemos información sobre ti.");
        HeadingText(document.QuerySelector("section#como-usamos-la-informacion > .heading-row > h2")!).ShouldBe("Cómo usamos la información");
        File.Exists(Path.Combine(Input.Output, "policies", "politica-de-privacidad-copia", "2025-01-01", "index.html")).ShouldBeTrue();
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
