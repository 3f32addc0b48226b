using System.Collections.Immutable;
using PolicyKb.Authoring;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Tests.Enriching.Changes;

public sealed class VersionComparerTests
{
    private const string Collect = "We collect the content you create, the messages you send and receive, and information about your device, such as its model and settings.";
    private const string Share = "We share information with partners who help us measure ads, with vendors who provide services, and with researchers.";
    private const string Keep = "We keep information as long as we need it to provide our Products, or until your account is deleted.";

    private static VersionComparison Compare(string older, string newer) =>
        VersionComparer.Compare(Versions.Markdown(older, "2024-01-01"), Versions.Markdown(newer, "2025-01-01"));

    private static SectionChange Section(VersionComparison comparison, string heading) =>
        comparison.Sections.Single(s => s.HeadingText == heading);

    public sealed class Given_the_same_document
    {
        private readonly VersionComparison _comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n",
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n");

        [Fact]
        public void Every_section_is_unchanged_and_matched_by_id()
        {
            _comparison.Sections.ShouldAllBe(s => s.Kind == SectionChangeKind.Unchanged && s.Match!.Method == MatchMethod.Id);
            _comparison.Summary.Unchanged.ShouldBe(2);
        }

        [Fact]
        public void Counts_no_words() => (_comparison.Summary.WordsAdded + _comparison.Summary.WordsRemoved).ShouldBe(0);

        [Fact]
        public void Is_only_white_space() => _comparison.IsWhitespaceOnly.ShouldBeTrue();
    }

    public sealed class Given_a_section_added_and_one_removed
    {
        private readonly VersionComparison _comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n## Keep\n\n{Keep}\n\n## Share\n\n{Share}\n",
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n\n## Artificial intelligence\n\nWe use your posts to train models.\n");

        [Fact]
        public void The_new_section_is_added_with_all_its_words_inserted()
        {
            var added = Section(_comparison, "Artificial intelligence");
            added.Kind.ShouldBe(SectionChangeKind.Added);
            added.Older.ShouldBeNull();
            added.Text.Diff.WordsAdded.ShouldBe(7);
        }

        [Fact]
        public void The_old_section_is_removed_and_shown_where_it_was()
        {
            _comparison.Sections.Select(s => (s.HeadingText, s.Kind)).ShouldBe([
                ("Collect", SectionChangeKind.Unchanged),
                ("Keep", SectionChangeKind.Removed),
                ("Share", SectionChangeKind.Unchanged),
                ("Artificial intelligence", SectionChangeKind.Added),
            ]);
        }

        [Fact]
        public void The_summary_counts_them_and_their_words()
        {
            _comparison.Summary.Added.ShouldBe(1);
            _comparison.Summary.Removed.ShouldBe(1);
            _comparison.Summary.WordsAdded.ShouldBe(7);
            _comparison.Summary.WordsRemoved.ShouldBe(19);
        }

        [Fact]
        public void The_unchanged_sections_are_not_moved_by_what_was_inserted_around_them()
        {
            _comparison.Summary.Moved.ShouldBe(0);
        }
    }

    public sealed class Given_a_renamed_section
    {
        private readonly VersionComparison _comparison = Compare(
            $"# P\n\n## What do we collect?\n\n{Collect}\n\n## Share\n\n{Share}\n",
            $"# P\n\n## Information we receive about you\n\n{Collect}\n\n## Share\n\n{Share}\n");

        [Fact]
        public void It_is_recognised_by_its_text_and_marked_renamed()
        {
            var renamed = Section(_comparison, "Information we receive about you");
            renamed.Kind.ShouldBe(SectionChangeKind.Renamed);
            renamed.Match!.Method.ShouldBe(MatchMethod.Text);
            renamed.Older!.Id.ShouldBe("what-do-we-collect");
            renamed.Text.Change.ShouldBe(TextChange.None);
            _comparison.Summary.Renamed.ShouldBe(1);
            _comparison.Summary.Added.ShouldBe(0);
            _comparison.Summary.Removed.ShouldBe(0);
        }

        [Fact]
        public void Its_heading_diff_shows_the_old_and_new_words()
        {
            var heading = Section(_comparison, "Information we receive about you").Heading;
            heading.HasWordingChange.ShouldBeTrue();
            string.Concat(heading.Diff.Runs.Where(r => r.Kind == DiffRunKind.Deleted).Select(r => r.Text)).ShouldContain("collect");
        }
    }

    [Fact]
    public void A_heading_reworded_slightly_with_its_text_edited_is_matched_by_heading_and_changed()
    {
        var comparison = Compare(
            $"# P\n\n## How long do we keep your information?\n\n{Keep}\n",
            $"# P\n\n## How long do we keep information?\n\n{Keep} Some information is kept longer when the law requires it.\n");
        var section = comparison.Sections.ShouldHaveSingleItem();
        section.Match!.Method.ShouldBe(MatchMethod.Heading);
        section.Kind.ShouldBe(SectionChangeKind.Renamed);
        section.HasWordingChange.ShouldBeTrue();
        comparison.Summary.Changed.ShouldBe(1);
        comparison.Summary.Renamed.ShouldBe(1);
    }

    [Fact]
    public void A_section_moved_under_another_parent_is_moved_not_removed_and_added()
    {
        var comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n### Keep\n\n{Keep}\n\n## Share\n\n{Share}\n",
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n\n### Keep\n\n{Keep}\n");
        var moved = Section(comparison, "Keep");
        moved.Kind.ShouldBe(SectionChangeKind.Moved);
        moved.Text.Change.ShouldBe(TextChange.None);
        comparison.Summary.Moved.ShouldBe(1);
        Section(comparison, "Share").Kind.ShouldBe(SectionChangeKind.Unchanged);
    }

    [Fact]
    public void A_section_moved_among_its_siblings_is_the_only_one_moved()
    {
        var comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n\n## Keep\n\n{Keep}\n",
            $"# P\n\n## Keep\n\n{Keep}\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n");
        comparison.Sections.Select(s => (s.HeadingText, s.Kind)).ShouldBe([
            ("Keep", SectionChangeKind.Moved),
            ("Collect", SectionChangeKind.Unchanged),
            ("Share", SectionChangeKind.Unchanged),
        ]);
    }

    [Fact]
    public void A_moved_chapter_moves_its_subsections_with_it_without_counting_them()
    {
        var comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n## Share\n\n{Share}\n\n### Partners\n\nPartners measure ads.\n\n### Vendors\n\nVendors provide services.\n\n## Keep\n\n{Keep}\n",
            $"# P\n\n## Share\n\n{Share}\n\n### Partners\n\nPartners measure ads.\n\n### Vendors\n\nVendors provide services.\n\n## Collect\n\n{Collect}\n\n## Keep\n\n{Keep}\n");
        comparison.Summary.Moved.ShouldBe(1);
        Section(comparison, "Partners").Kind.ShouldBe(SectionChangeKind.Unchanged);
    }

    [Fact]
    public void Boilerplate_sections_with_the_same_heading_pair_up_by_their_text()
    {
        var comparison = Compare(
            $"# P\n\n## Collect\n\n{Collect}\n\n### Take control\n\nManage what we collect in Accounts Center settings today.\n\n## Share\n\n{Share}\n\n### Take control\n\nChoose who sees what you share in your privacy settings.\n",
            $"# P\n\n## What we collect\n\n{Collect}\n\n### Take control\n\nManage what we collect in Accounts Center settings today.\n\n## What we share\n\n{Share}\n\n### Take control\n\nChoose who sees what you share in your privacy settings now.\n");
        var controls = comparison.Sections.Where(s => s.HeadingText == "Take control").ToList();
        controls.Count.ShouldBe(2);
        controls[0].Older!.Id.ShouldBe("collect-take-control");
        controls[0].Text.Change.ShouldBe(TextChange.None);
        controls[1].Older!.Id.ShouldBe("share-take-control");
        controls[1].Text.Diff.WordsAdded.ShouldBe(1);
    }

    [Fact]
    public void Short_unrelated_sections_are_not_matched_on_text_alone()
    {
        var comparison = Compare("# P\n\n## Learn more\n\nSee the help pages.\n", "# P\n\n## Resources\n\nSee the help pages.\n");
        comparison.Summary.Added.ShouldBe(1);
        comparison.Summary.Removed.ShouldBe(1);
    }

    [Fact]
    public void A_preamble_change_is_compared_and_counted()
    {
        var comparison = Compare($"# P\n\nEffective June 26, 2024\n\n## Collect\n\n{Collect}\n", $"# P\n\nEffective June 16, 2025\n\n## Collect\n\n{Collect}\n");
        comparison.Preamble.HasWordingChange.ShouldBeTrue();
        comparison.Summary.WordsAdded.ShouldBe(2);
        comparison.Summary.WordsRemoved.ShouldBe(2);
    }

    public sealed class Given_versions_with_linked_terms
    {
        private static PolicyVersion WithTerms(string date, params string[] termIds)
        {
            var location = new SourceLocation("t.md", 1);
            var inlines = termIds.SelectMany(id => new Inline[] { new TermReference(id, [new Text(id)]), new Text(" and ") }).ToImmutableArray();
            var section = new Section("terms", "Terms", 2, [new Paragraph(inlines, location), new ListBlock(false, 1, [new ListItem([new Paragraph([new TermReference("products", [new Text("Products")])], location)], null, location)], location)], [], location);
            return new PolicyVersion("p", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), $"p/{date}.md", SourceFormat.Markdown, "P", null, null, new DocumentContent([], [section]));
        }

        private readonly VersionComparison _comparison = VersionComparer.Compare(
            WithTerms("2024-01-01", "content", "meta-companies"),
            WithTerms("2025-01-01", "content", "integrated-partners", "ai-features"));

        [Fact]
        public void Lists_the_terms_that_appear()
        {
            _comparison.Summary.TermsAppeared.ShouldBe(["ai-features", "integrated-partners"]);
        }

        [Fact]
        public void Lists_the_terms_that_disappear()
        {
            _comparison.Summary.TermsDisappeared.ShouldBe(["meta-companies"]);
        }

        [Fact]
        public void Reads_terms_inside_lists_too()
        {
            TermUses.Of(_comparison.Newer.Content).ShouldBe(["ai-features", "content", "integrated-partners", "products"]);
        }
    }
}
