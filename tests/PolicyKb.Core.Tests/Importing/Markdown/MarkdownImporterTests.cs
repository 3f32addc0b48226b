using PolicyKb.Importing;
using PolicyKb.Model;

namespace PolicyKb.Tests.Importing.Markdown;

public sealed class MarkdownImporterTests
{
    public sealed class The_privacy_center_export
    {
        private readonly ImportedDocument _document = Imports.Input("policies/privacy-policy/2025-06-16.md");

        [Fact]
        public void Takes_the_setext_heading_as_title_and_the_stated_effective_date()
        {
            _document.Title.ShouldBe("Privacy Policy");
            _document.StatedDate.ShouldBe(new DateOnly(2025, 6, 16));
        }

        [Fact]
        public void Makes_question_lines_before_an_empty_heading_top_level_sections()
        {
            var top = _document.Content.Sections.Select(s => s.Heading).ToList();
            top.ShouldContain("What information do we collect?");
            top.ShouldContain("How do we respond to legal requests, comply with applicable law and prevent harm?");
            top.ShouldContain("How will you know the Policy has changed?");
            _document.Content.Sections.ShouldAllBe(s => s.Level == 2);
        }

        [Fact]
        public void Makes_short_title_lines_subsections_and_uses_the_hints_for_top_level_names()
        {
            var sharing = _document.Content.Section("How do we share information with third parties?");
            sharing.Children.Select(c => c.Heading).ShouldBe(["Partners", "Vendors", "Service providers", "Third parties", "Other third parties"]);
            sharing.Children.ShouldAllBe(c => c.Level == 3);
            _document.Content.Section("Legal basis information").Level.ShouldBe(2);
            _document.Content.Section("Consent").Level.ShouldBe(3);
        }

        [Fact]
        public void Drops_the_highlights_label_after_an_empty_heading()
        {
            _document.Content.Descendants<Paragraph>().ShouldNotContain(p => PlainText.Of(p.Inlines) == "Highlights");
            _document.Content.AllSections().ShouldNotContain(s => s.Heading == "Highlights" || s.Heading.Length == 0);
        }

        [Fact]
        public void Turns_image_links_that_wrap_a_caption_into_a_figure_without_a_remote_image()
        {
            var card = _document.Content.Descendants<Figure>()
                .Single(f => PlainText.Of(f.Caption).StartsWith("Manage the information we collect about you", StringComparison.Ordinal));
            card.Source.ShouldBeNull();
            card.Target.ShouldBe("https://privacycenter.instagram.com/guide/collection/");
            PlainText.Of(card.Caption).ShouldBe("Manage the information we collect about you\nPrivacy Center");
            _document.Content.Descendants<Figure>().ShouldAllBe(f => f.Source == null);
        }

        [Fact]
        public void Keeps_the_alt_text_of_images_whose_file_is_not_in_the_input()
        {
            _document.Content.Descendants<Figure>()
                .ShouldContain(f => f.Alt == "A trash can." && PlainText.Of(f.Caption) == "Erase information");
        }

        [Fact]
        public void Reads_separators_and_pipe_tables_with_lists_inside_cells()
        {
            _document.Content.Descendants<Separator>().Count().ShouldBeGreaterThan(10);
            var consent = _document.Content.Section("Consent");
            var table = consent.Blocks.OfType<Table>().Single();
            table.HeaderRows.ShouldBe(1);
            table.Rows.Length.ShouldBe(7);
            table.Rows[1].Cells[1].Blocks.OfType<ListBlock>().ShouldNotBeEmpty();
            PlainText.Of(table.Rows[0].Cells[0].Blocks[0]).ShouldBe("Why and how we process your information");
        }

        [Fact]
        public void Finds_the_postal_address_written_as_separate_lines()
        {
            var address = _document.Content.Section("How to contact Meta with questions").Blocks.OfType<Address>().Single();
            address.Lines.Select(l => PlainText.Of(l)).ShouldBe(["Meta Platforms, Inc.", "ATTN: Privacy Operations", "1601 Willow Road", "Menlo Park, CA 94025, USA"]);
        }

        [Fact]
        public void Gives_repeated_headings_ids_qualified_by_their_parent()
        {
            var ids = _document.Content.AllSections().Where(s => s.Heading == "Take control").Select(s => s.Id).ToList();
            ids.Count.ShouldBeGreaterThan(1);
            ids.ShouldContain("what-if-the-information-we-collect-doesnt-identify-individuals-take-control");
            ids.Distinct().Count().ShouldBe(ids.Count);
        }
    }

    public sealed class The_platform_policy
    {
        private readonly ImportedDocument _document = Imports.Input("policies/platform-policy/2026-11-24.md");

        [Fact]
        public void Drops_the_navigation_links_and_takes_the_first_line_as_title()
        {
            _document.Title.ShouldBe("Platform Policy");
            _document.Content.Descendants<Paragraph>().ShouldNotContain(p => PlainText.Of(p.Inlines).Contains("Log in", StringComparison.Ordinal));
        }

        [Fact]
        public void Makes_lettered_lines_sections_and_keeps_list_numbers()
        {
            _document.Content.Sections.Select(s => s.Heading).ShouldBe(["A. General Terms", "B. Brand Assets", "C. Things you should know"]);
            var items = _document.Content.Section("A. General Terms").Blocks.OfType<ListBlock>().SelectMany(l => l.Items).ToList();
            items.Select(i => i.Number).ShouldContain(15);
            items.Select(i => i.Number).ShouldNotContain(14); // the source skips 14
        }

        [Fact]
        public void Keeps_the_text_of_links_to_nowhere_without_the_link()
        {
            var text = PlainText.Of(_document.Content.Preamble[0]);
            text.ShouldContain("comply with the Instagram Terms of Use and Instagram Community Guidelines");
            _document.Content.Descendants<Paragraph>().SelectMany(p => p.Inlines).OfType<Link>().ShouldAllBe(l => l.Target.StartsWith("https://", StringComparison.Ordinal));
        }
    }

    public sealed class The_law_enforcement_guidelines
    {
        private readonly ImportedDocument _document = Imports.Input("policies/law-enforcement-guidelines/2026-11-24.md");

        [Fact]
        public void Drops_the_breadcrumb_before_the_title()
        {
            _document.Title.ShouldBe("Information for law enforcement");
            _document.Content.Preamble.Length.ShouldBe(1);
            PlainText.Of(_document.Content.Preamble[0]).ShouldStartWith("These operational guidelines");
        }

        [Fact]
        public void Reads_setext_sections_with_their_line_numbers()
        {
            var first = _document.Content.Sections[0];
            first.Heading.ShouldBe("Requests for user information");
            first.Id.ShouldBe("requests-for-user-information");
            first.Location.ShouldBe(new SourceLocation("policies/law-enforcement-guidelines/2026-11-24.md", 8));
            _document.Content.Sections.Length.ShouldBe(12);
        }

        [Fact]
        public void Splits_addresses_written_with_hard_line_breaks_from_the_sentence_before_them()
        {
            var addresses = _document.Content.Section("Submission of requests").Blocks.OfType<Address>().ToList();
            addresses.Count.ShouldBe(2);
            addresses[0].Lines.Select(l => PlainText.Of(l)).ShouldBe(["Meta Platforms Ireland Ltd.,", "Merrion Road, Dublin 4, D04 X2K5, Ireland"]);
            addresses[1].Lines.Select(l => PlainText.Of(l)).ShouldBe(["Meta Platforms, Inc.", "1 Meta Way", "Menlo Park, CA 94025"]);
        }
    }

    public sealed class Markdown_quirks
    {
        [Fact]
        public void Drops_empty_text_links_and_keeps_text_of_dead_links()
        {
            var document = Imports.Markdown("Intro [](#anchor)and [a dead link](#) and [a live one](https://example.com/x).");
            ModelOutline.Of(document.Content).ShouldContain("p L1: Intro and a dead link and [a live one](https://example.com/x).");
        }

        [Fact]
        public void Keeps_angle_bracket_text_that_is_not_html()
        {
            var document = Imports.Markdown("Write to our <EU Representative> at the address below.");
            PlainText.Of(document.Content.Preamble[0]).ShouldBe("Write to our <EU Representative> at the address below.");
        }

        [Fact]
        public void Drops_scripts_and_unsafe_link_targets()
        {
            var document = Imports.Markdown("Hi <script>alert(1)</script>[x](javascript:alert(2)) <a href=\"data:text/html,x\">y</a> <b>bold</b>");
            var outline = ModelOutline.Of(document.Content);
            outline.ShouldNotContain("alert");
            outline.ShouldNotContain("javascript");
            outline.ShouldNotContain("data:");
            outline.ShouldContain("Hi x y **bold**");
        }

        [Fact]
        public void Maps_html_elements_inside_text_the_same_in_an_html_block_as_between_markdown_inlines()
        {
            const string Html = "<b>b</b> <i>i</i> <cite>cite</cite> <dfn>dfn</dfn> <kbd>kbd</kbd> x<br>y <span>span</span> <img alt=\"alt\"> <a href=\"https://example.com/a\">a</a><wbr>";
            var inline = ModelOutline.Of(Imports.Markdown("Text " + Html).Content);
            var block = ModelOutline.Of(Imports.Markdown("<div><span>Text " + Html + "</span></div>").Content);

            inline.ShouldContain("p L1: Text **b** *i* *cite* *dfn* `kbd` x⏎y span alt [a](https://example.com/a)");
            block.ShouldBe(inline);
        }

        [Fact]
        public void Resolves_relative_links_against_the_source_url_or_drops_them()
        {
            var withBase = Imports.Markdown("[terms](/legal/terms)", new PolicyKb.Importing.ImportOptions("https://example.com/policy/", [], _ => null));
            ModelOutline.Of(withBase.Content).ShouldContain("[terms](https://example.com/legal/terms)");
            var withoutBase = Imports.Markdown("[terms](/legal/terms)");
            ModelOutline.Of(withoutBase.Content).ShouldContain("p L1: terms");
        }

        [Fact]
        public void Trusts_markdown_headings_when_the_document_has_them()
        {
            var document = Imports.Markdown("Title\n=====\n\nIntro\n\nSection one\n-----------\n\nShort line\n\nText.\n");
            document.Title.ShouldBe("Title");
            document.Content.Sections.Select(s => s.Heading).ShouldBe(["Section one"]);
            ModelOutline.Of(document.Content).ShouldContain("p L9: Short line");
        }
    }
}
