using PolicyKb.Importing;
using PolicyKb.Model;

namespace PolicyKb.Tests.Importing.TextFiles;

public sealed class PlainTextImporterTests
{
    public sealed class The_terms_of_use
    {
        private readonly ImportedDocument _document = Imports.Input("policies/terms-of-use/2013-01-19.txt");

        [Fact]
        public void Takes_the_first_line_as_title_and_finds_the_date_it_states()
        {
            _document.Title.ShouldBe("Terms of Use");
            _document.StatedDate.ShouldBe(new DateOnly(2013, 1, 19));
        }

        [Fact]
        public void Infers_sections_from_short_lines_followed_by_prose()
        {
            _document.Content.Sections.Select(s => s.Heading)
                .ShouldBe(["Basic Terms", "General Conditions", "Proprietary Rights in Content on Instagram"]);
            _document.Content.Sections.ShouldAllBe(s => s.Level == 2);
            _document.Content.Section("Basic Terms").Blocks.Length.ShouldBe(15);
        }

        [Fact]
        public void Keeps_every_line_of_text()
        {
            var lines = File.ReadAllLines(TestPaths.InInput("policies/terms-of-use/2013-01-19.txt")).Where(l => l.Trim().Length > 0).Count();
            var blocks = _document.Content.Descendants<Block>().Count(b => b is Paragraph);
            var headings = _document.Content.AllSections().Count();
            (blocks + headings + 1).ShouldBe(lines);
        }
    }

    public sealed class The_privacy_policy_recording_without_link_text
    {
        private readonly ImportedDocument _document = Imports.Input("policies/privacy-policy/2024-11-14.txt");

        [Fact]
        public void Makes_question_lines_and_hinted_names_top_level_sections()
        {
            var top = _document.Content.Sections.Select(s => s.Heading).ToList();
            top.ShouldContain("What information do we collect?");
            top.ShouldContain("How to contact Meta with questions");
            top.ShouldContain("Privacy notice for United States residents");
            _document.Content.Section("How do we use your information?").Children.Select(c => c.Heading)
                .ShouldContain("To promote safety, security and integrity");
        }

        [Fact]
        public void Marks_where_link_text_was_stripped()
        {
            var outline = ModelOutline.Of(_document.Content);
            outline.ShouldContain("This helps you use ⟨missing link⟩ in the way that’s right for you.");
            outline.ShouldContain("learn more about how privacy works on ⟨missing link⟩ and on ⟨missing link⟩, and in the ⟨missing link⟩.");
            outline.ShouldContain("(see '⟨missing link⟩' for more information");
            outline.ShouldContain("p L109: ⟨missing link⟩:");
        }

        [Fact]
        public void Makes_runs_of_short_lines_lists()
        {
            var list = _document.Content.Section("How do we share information with third parties?").Blocks.OfType<ListBlock>().First();
            list.Items.Select(i => PlainText.Of(i.Blocks[0])).ShouldBe(["Partners", "Vendors", "Service providers", "Third parties", "Other third parties"]);
        }

        [Fact]
        public void Keeps_parallel_items_in_a_list_rather_than_opening_a_section()
        {
            var legal = _document.Content.Section("How do we respond to legal requests, comply with applicable law and prevent harm?");
            legal.Children.ShouldBeEmpty();
            legal.Blocks.OfType<ListBlock>().Single().Items.Select(i => PlainText.Of(i.Blocks[0])).ShouldContain("In accordance with applicable law");
        }

        [Fact]
        public void Keeps_a_table_header_that_repeats_the_heading_as_text_of_its_section()
        {
            // Line 99 opens the section; line 101, the same words, is the first column's header of its flattened table.
            _document.Content.AllSections().Count(s => s.Heading == "Why and how we process your information").ShouldBe(1);
            var section = _document.Content.Section("Why and how we process your information");
            PlainText.OfBlocks(section.Blocks).ShouldContain("are set out below:\n\nWhy and how we process your information\nInformation categories we use");
        }

        [Fact]
        public void Finds_the_postal_address()
        {
            var address = _document.Content.Section("How to contact Meta with questions").Blocks.OfType<Address>().Single();
            address.Lines.Length.ShouldBe(4);
            PlainText.Of(address.Lines[^1]).ShouldBe("Menlo Park, CA 94025");
        }
    }

    [Theory]
    [InlineData("We use  to provide", "We use ⟨missing link⟩ to provide")]
    [InlineData("in the .", "in the ⟨missing link⟩.")]
    [InlineData(" about our research programs.", "⟨missing link⟩ about our research programs.")]
    [InlineData("see \"\" for more", "see \"⟨missing link⟩\" for more")]
    [InlineData("It's the user's own, said O'Brien.", "It's the user's own, said O'Brien.")]
    public void Marks_stripped_link_text_in_a_line(string line, string expected)
    {
        var document = Imports.Text("Title\n\n" + line + " And more text follows to make this a sentence.\n");
        ModelOutline.Of(document.Content).ShouldContain(expected);
    }
}
