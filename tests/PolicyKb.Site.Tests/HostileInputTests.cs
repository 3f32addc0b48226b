using System.Text;
using AngleSharp.Html.Parser;
using PolicyKb.Importing.Markdown;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// A corpus of hostile and broken inputs. Each case is added to a copy of the seed input and built through the real
/// <see cref="SiteBuilder"/>, over an output folder that holds a previous site. A problem must be reported as
/// <c>path:line: error: message</c> at the file and line that show it, with the previous output left as it was;
/// what is not a problem must be handled safely and published. No case may crash, and none may hang: each build
/// has a minute.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromSeconds(60);

    private const string PreviousSite = "<!doctype html><title>The previous site</title>";

    /// <summary>Who reads the seed site: every message that lists the audiences lists these.</summary>
    private const string SeedAudiences = "developers, law-enforcement, users";

    private readonly TempFolder _folder = new();

    public HostileInputTests()
    {
        Input = new HostileInput(_folder.CopyFrom(TestPaths.Input, "input"));
        _folder.File("output/index.html", PreviousSite);
    }

    private HostileInput Input { get; }

    private string Output => Path.Combine(_folder.Path, "output");

    public void Dispose() => _folder.Dispose();

    /// <summary>Each case: what it does to the input, and every diagnostic the build must give for it, in order.</summary>
    private static readonly Dictionary<string, (Action<HostileInput> Arrange, Func<HostileInput, string[]> Expected)> Refused = new(StringComparer.Ordinal)
    {
        ["invalid UTF-8"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [.. "# Terms of Use\n\nYou agree to these terms.\nCaf"u8.ToArray(), 0xE9, .. " au lait.\n"u8.ToArray()]),
            _ => ["policies/terms-of-use/2026-01-01.md:4: error: not UTF-8: invalid byte 0xE9 at byte 45; save the file as UTF-8"]),
        ["a UTF-8 sequence cut short at the end of the file"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [.. "# Terms of Use\n\nYou agree to these terms.\n\nCaf"u8.ToArray(), 0xC3]),
            _ => ["policies/terms-of-use/2026-01-01.md:5: error: not UTF-8: invalid byte 0xC3 at byte 46; save the file as UTF-8"]),
        ["a binary file"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            _ => ["policies/terms-of-use/2026-01-01.md:3: error: binary file: it contains NUL bytes; expected UTF-8 text"]),
        ["an empty file"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", ""),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: empty file"]),
        ["a file of white space only"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "\n \t\n\u00A0\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: the file holds only white space"]),
        ["a file with only a title"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: refused: the version has no text besides its title \"Terms of Use\"; a stub or a failed recording is not published"]),
        ["a 5 MB single line with no space to break it at"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n\nYou agree to these terms.\n\n" + new string('x', 5 * 1024 * 1024) + "\n\nThe end.\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:5: error: a line of more than 100,000 characters with no space to break it at; Markdown parsers slow down on such lines beyond use, so the document is refused: break the line"]),
        // Levels start at line 5; Markdig gives up at level 64 (line 68), where 64 lists and their items and the
        // item's paragraph exceed its 128 blocks.
        ["a list nested 1,000 levels deep"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n\nYou agree to these terms.\n\n" + NestedList(1000) + "\nThe end.\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:68: error: the Markdown parser gives up from this line on: lists or quotes nest more than 128 levels deep (a list level counts two), or one paragraph holds more than 10,240 brackets or emphasis marks; the document is refused: flatten the nesting or split the paragraph"]),
        ["malformed YAML front matter"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\nservice: Instagram\ndates: [2026-01-01\nterms_types: [Privacy Policy]\n---\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:4: error: malformed YAML after this line: check for an unclosed bracket or quote"]),
        ["front matter that is never closed"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\ndates: [2026-01-01]\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:1: error: a memo starts with YAML front matter between '---' lines (title, service, terms_types, dates)"]),
        ["a YAML bomb in front matter"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\ndates: [2026-01-01]\n" + YamlBomb() + "---\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:4: error: YAML anchors (&a) are not allowed in metadata; write the value out"]),
        ["a YAML bomb in policy metadata"] = (
            input => input.Append("policies/terms-of-use/policy.yml", YamlBomb()),
            input => [$"policies/terms-of-use/policy.yml:{input.LineCount("policies/terms-of-use/policy.yml") - 9}: error: YAML anchors (&a) are not allowed in metadata; write the value out"]),
        ["YAML nested 10,000 levels deep"] = (
            input => input.Append("policies/terms-of-use/policy.yml", "deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n"),
            input => [$"policies/terms-of-use/policy.yml:{input.LineCount("policies/terms-of-use/policy.yml")}: error: YAML nested more than 32 levels deep; metadata is a few levels deep at most"]),
        ["an unknown audience in policy metadata"] = (
            input => input.Replace("policies/terms-of-use/policy.yml", "audiences: [users]", "audiences: [users, journalists]"),
            input => [$"policies/terms-of-use/policy.yml:{input.LineOf("policies/terms-of-use/policy.yml", "audiences:")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}"]),
        ["an unknown audience in the glossary"] = (
            input => input.Replace("glossary.yml", "  audiences: [users, developers]\n  annotation: Definition-IntegratedPartner", "  audiences: [users, journalists]\n  annotation: Definition-IntegratedPartner"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "audiences: [users, journalists]")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}"]),
        // Every problem at once: the glossary is checked with the documents, and its references to a document that
        // could not be read are not reported on top of that document's own error.
        ["an empty version and an unknown audience in the glossary"] = (
            input =>
            {
                input.Text("policies/terms-of-use/2026-01-01.md", "");
                input.Replace("glossary.yml", "  audiences: [users, developers]\n  annotation: Definition-IntegratedPartner", "  audiences: [users, journalists]\n  annotation: Definition-IntegratedPartner");
            },
            input =>
            [
                $"glossary.yml:{input.LineOf("glossary.yml", "audiences: [users, journalists]")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}",
                "policies/terms-of-use/2026-01-01.md:1: error: empty file",
            ]),
        ["an unknown glossary term in an audience's section rule"] = (
            input => input.Replace("audiences.yml", "terms: [integrated-partner]", "terms: [integrated-partner, data-broker]"),
            input => [$"audiences.yml:{input.LineOf("audiences.yml", "data-broker")}: error: section rule of audience 'developers' names term 'data-broker', which the glossary does not define; glossary ids: "]),
        ["a glossary alias that matches everywhere"] = (
            input => input.Replace("glossary.yml", "aliases: [integrated partners]", "aliases: [integrated partners, information]"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "aliases: [integrated partners, information]")}: error: alias 'information' would match almost everywhere: 'information' is a word every policy uses in its ordinary sense; use the longer phrase the documents define"]),
        ["a glossary alias of stop words"] = (
            input => input.Replace("glossary.yml", "aliases: [integrated partners]", "aliases: [integrated partners, \"you and your\"]"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "aliases: [integrated partners, \"you and your\"]")}: error: alias 'you and your' is made of stop words only, which occur in almost every sentence; a term needs a word of its own"]),
        ["a broken version in a policy folder whose path has spaces and non-ASCII letters"] = (
            input =>
            {
                input.Text("policies/Política de privacidad (copia)/policy.yml", "title: Política de privacidad\nkind: Privacy Policy\naudiences: [users]\nlanguage: es\n");
                input.Text("policies/Política de privacidad (copia)/2025-01-01.md", "# Política de privacidad\n\nRecogemos información.\n");
                input.Text("policies/Política de privacidad (copia)/2025-02-01.md", "");
            },
            _ => ["policies/Política de privacidad (copia)/2025-02-01.md:1: error: empty file"]),
    };

    public static TheoryData<string> RefusedInputs() => [.. Refused.Keys];

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public async Task Is_refused_at_its_file_and_line_and_nothing_is_published(string hostile)
    {
        var (arrange, expected) = Refused[hostile];
        arrange(Input);

        var (result, _) = await BuildAsync();

        result.Succeeded.ShouldBeFalse();
        var diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();
        var wanted = expected(Input);
        diagnostics.Count.ShouldBe(wanted.Length, string.Join("\n", diagnostics));
        for (var i = 0; i < wanted.Length; i++)
        {
            // A message that ends in a list of what the input defines is checked up to that list.
            if (wanted[i].EndsWith(": ", StringComparison.Ordinal))
            {
                diagnostics[i].ShouldStartWith(wanted[i]);
            }
            else
            {
                diagnostics[i].ShouldBe(wanted[i]);
            }
        }

        ShouldHavePublishedNothing();
    }

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

        var (result, context) = await BuildAsync();

        ShouldHaveSucceeded(result);
        var page = Page(context, "policies/long-line/index.html");
        page.ShouldContain("The first paragraph.");
        page.ShouldContain("<section id=\"after-the-line\"");
        var paragraph = new HtmlParser().ParseDocument(page).QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("Every word", StringComparison.Ordinal));
        // The line breaks LongLines put in are read as the spaces they replaced: no word is lost or joined.
        paragraph.TextContent.Length.ShouldBe(line.ToString().TrimEnd().Length);
        paragraph.TextContent.ShouldNotContain("\n");
        File.Exists(Path.Combine(Output, "policies", "long-line", "index.html")).ShouldBeTrue();
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

        var (result, context) = await BuildAsync();

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

        var (result, context) = await BuildAsync();

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

        var (result, context) = await BuildAsync();

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

        var (result, context) = await BuildAsync();

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

        var (result, context) = await BuildAsync();

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

        var (result, context) = await BuildAsync();

        ShouldHaveSucceeded(result);
        var document = new HtmlParser().ParseDocument(Page(context, "policies/politica-de-privacidad-copia/index.html"));
        document.QuerySelector("main")!.TextContent.ShouldContain("Recogemos información sobre ti.");
        HeadingText(document.QuerySelector("section#como-usamos-la-informacion > .heading-row > h2")!).ShouldBe("Cómo usamos la información");
        File.Exists(Path.Combine(Output, "policies", "politica-de-privacidad-copia", "2025-01-01", "index.html")).ShouldBeTrue();
    }

    private async Task<(BuildResult Result, BuildContext Context)> BuildAsync()
    {
        var options = BuildOptions.For(Input.Root, Output);
        var theme = Path.Combine(TestPaths.Repository, "theme");
        // A hang fails the case instead of blocking the run.
        return await Task.Run(() => SiteBuilder.Build(options, theme)).WaitAsync(BuildLimit);
    }

    private static void ShouldHaveSucceeded(BuildResult result) =>
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

    private static string Page(BuildContext context, string path) =>
        context.Output.GetText(path) ?? throw new InvalidOperationException($"No page {path}; pages: {string.Join(", ", context.Output.Files.Select(f => f.Key).Where(k => k.EndsWith(".html", StringComparison.Ordinal)))}");

    /// <summary>The previous site is still there, alone and unchanged, and no staging folder is left beside it.</summary>
    private void ShouldHavePublishedNothing()
    {
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f)).ShouldBe(["index.html"]);
        File.ReadAllText(Path.Combine(Output, "index.html")).ShouldBe(PreviousSite);
        Directory.GetDirectories(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    /// <summary>A heading's text (its permalink is beside it, not in it).</summary>
    private static string HeadingText(AngleSharp.Dom.IElement heading) => heading.TextContent.Trim();

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>A Markdown list of <paramref name="levels"/> levels, each item indented under the one before.</summary>
    private static string NestedList(int levels)
    {
        var builder = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            builder.Append(' ', 2 * level).Append("- level ").Append(level + 1).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The "billion laughs": ten lines of anchors, each alias list ten times the one before (10^9 strings expanded).</summary>
    private static string YamlBomb()
    {
        var builder = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            builder.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        builder.Append("bomb: [*i,*i,*i]\n");
        return builder.ToString();
    }

    /// <summary>The copy of the seed input a case changes.</summary>
    private sealed class HostileInput(string root)
    {
        public string Root { get; } = root;

        public void Text(string relative, string content)
        {
            var path = Full(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        public void Bytes(string relative, byte[] content)
        {
            var path = Full(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        public void Append(string relative, string content)
        {
            var existing = File.ReadAllText(Full(relative));
            File.WriteAllText(Full(relative), (existing.EndsWith('\n') ? existing : existing + "\n") + content);
        }

        public void Replace(string relative, string old, string replacement)
        {
            var existing = File.ReadAllText(Full(relative));
            existing.ShouldContain(old, Case.Sensitive, $"the seed {relative} has changed; update this case");
            File.WriteAllText(Full(relative), existing.Replace(old, replacement, StringComparison.Ordinal));
        }

        /// <summary>A new policy of one version, read by users.</summary>
        public void Policy(string id, string markdown)
        {
            Text($"policies/{id}/policy.yml", $"title: {id}\nkind: Policy\naudiences: [users]\nlanguage: en\n");
            Text($"policies/{id}/2025-01-01.md", markdown);
        }

        /// <summary>The 1-based line of the first line of <paramref name="relative"/> that contains <paramref name="text"/>.</summary>
        public int LineOf(string relative, string text) =>
            File.ReadAllLines(Full(relative)).Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

        public int LineCount(string relative) => File.ReadAllLines(Full(relative)).Length;

        private string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
