using System.Collections.Immutable;
using PolicyKb.Authoring;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests.Enriching.Changes;

/// <summary>
/// Comparisons of real versions: the three recorded versions of Instagram's Privacy Policy (read as an input folder,
/// the way the build reads them) and the seed pair, a plain-text recording and a Markdown one.
/// Facts asserted here were checked by reading the files.
/// </summary>
public sealed class HistoryComparisonTests
{
    private static readonly Lazy<ImmutableArray<VersionComparison>> History = new(() =>
    {
        using var folder = new TempFolder();
        folder.File("site.yml", "title: Test\nbase_url: https://example.org/\n");
        folder.File("audiences.yml", "- id: users\n  name: Users\n");
        folder.File("policies/instagram-privacy/policy.yml", "title: Privacy Policy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\ndated_by: retrieved\n");
        foreach (var date in new[] { "2022-09-22", "2024-08-16", "2025-09-19" })
        {
            File.Copy(Versions.History(date + ".md"), Path.Combine(folder.Path, "policies", "instagram-privacy", date + ".md"));
        }

        var diagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(folder.Path, diagnostics);
        diagnostics.Errors.ShouldBeEmpty();
        return ChangeSets.Of(knowledgeBase).Comparisons;
    });

    private static readonly Lazy<VersionComparison> Seed = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var policy = InputFolder.Load(TestPaths.Input, diagnostics).FindPolicy("privacy-policy")!;
        return VersionComparer.Compare(policy.Versions[0], policy.Versions[1]);
    });

    private static SectionChange Section(VersionComparison comparison, string id) => comparison.Sections.Single(s => s.Id == id);

    private static string Inserted(SectionChange section) =>
        string.Concat(section.Text.Diff.Runs.Where(r => r.Kind == DiffRunKind.Inserted && r.IsWordingChange).Select(r => r.Text));

    private static string Deleted(SectionChange section) =>
        string.Concat(section.Text.Diff.Runs.Where(r => r.Kind == DiffRunKind.Deleted && r.IsWordingChange).Select(r => r.Text));

    [Fact]
    public void The_history_gives_one_comparison_per_consecutive_pair()
    {
        History.Value.Select(c => $"{c.Older.DateSlug}..{c.Newer.DateSlug}").ShouldBe(["2022-09-22..2024-08-16", "2024-08-16..2025-09-19"]);
        History.Value[1].Url.ShouldBe("/policies/instagram-privacy/changes/2024-08-16-to-2025-09-19/");
    }

    public sealed class From_2024_08_16_to_2025_09_19
    {
        private readonly VersionComparison _comparison = History.Value[1];

        [Fact]
        public void Every_section_of_the_older_version_is_found_in_the_newer_one()
        {
            _comparison.Summary.Removed.ShouldBe(0);
            _comparison.Sections.Where(s => s.Older is not null).ShouldAllBe(s => s.Match!.Method == MatchMethod.Id);
        }

        [Fact]
        public void The_sections_added_are_the_cookie_banner_recorded_at_the_end()
        {
            _comparison.Sections.Where(s => s.Kind == SectionChangeKind.Added).Select(s => s.HeadingText).ShouldBe([
                "Allow the use of cookies from Instagram on this browser?", "Allow all cookies", "Only allow essential cookies",
                "Allow the use of cookies from Instagram on this browser?", "Allow all cookies",
            ]);
        }

        [Fact]
        public void Finds_the_new_effective_date()
        {
            var cover = Section(_comparison, "what-is-the-privacy-policy-and-what-does-it-cover");
            Deleted(cover).ShouldContain("26");
            Deleted(cover).ShouldContain("2024");
            Inserted(cover).ShouldContain("16");
            Inserted(cover).ShouldContain("2025");
        }

        [Fact]
        public void Finds_AI_integrations_added_to_the_third_parties_information_is_shared_with()
        {
            Inserted(Section(_comparison, "third-parties")).ShouldContain("AI integrations");
        }

        [Fact]
        public void Finds_Novi_removed_from_the_Meta_Companies()
        {
            Deleted(Section(_comparison, "how-do-the-meta-companies-work-together")).ShouldContain("Novi");
        }

        [Fact]
        public void Finds_our_Products_become_Meta_Company_Products()
        {
            var use = Section(_comparison, "how-do-we-use-your-information");
            Deleted(use).Trim().ShouldBe("our");
            Inserted(use).Trim().ShouldBe("Meta Company");
        }

        [Fact]
        public void A_capitalised_Policy_in_a_heading_is_a_rename_found_by_id()
        {
            var section = Section(_comparison, "how-will-you-know-the-policy-has-changed");
            section.Kind.ShouldBe(SectionChangeKind.Renamed);
            section.Older!.Heading.ShouldBe("How will you know the policy has changed?");
            section.Newer!.Heading.ShouldBe("How will you know the Policy has changed?");
        }

        [Fact]
        public void Counts_are_plausible_for_a_revision_that_mostly_kept_the_text()
        {
            var summary = _comparison.Summary;
            summary.Unchanged.ShouldBeGreaterThan(summary.Changed);
            (summary.Unchanged + summary.Changed + summary.ChangedCosmetically + summary.Renamed).ShouldBe(_comparison.Sections.Count(s => s.Older is not null));
            summary.WordsRemoved.ShouldBeLessThan(500);
            summary.WordsAdded.ShouldBeInRange(500, 3000);
        }
    }

    public sealed class From_2022_09_22_to_2024_08_16
    {
        private readonly VersionComparison _comparison = History.Value[0];

        [Fact]
        public void The_renamed_sharing_chapter_is_recognised()
        {
            var sharing = Section(_comparison, "how-do-we-share-information-with-third-parties");
            sharing.Kind.ShouldBe(SectionChangeKind.Renamed);
            sharing.Older!.Heading.ShouldBe("How do we share information with Partners, vendors, service providers and third parties?");
        }

        [Fact]
        public void A_subsection_promoted_to_a_chapter_is_moved()
        {
            var section = Section(_comparison, "what-if-you-dont-let-us-collect-certain-information");
            section.Older!.Level.ShouldBe(3);
            section.Newer!.Level.ShouldBe(2);
            section.Moved.ShouldBeTrue();
        }

        [Fact]
        public void The_shorter_rewrite_removes_more_sections_and_words_than_it_adds()
        {
            var summary = _comparison.Summary;
            summary.Removed.ShouldBeGreaterThan(summary.Added);
            summary.WordsRemoved.ShouldBeGreaterThan(summary.WordsAdded);
            (summary.Changed + summary.Renamed).ShouldBeGreaterThan(20);
        }
    }

    public sealed class The_seed_pair
    {
        private readonly VersionComparison _comparison = Seed.Value;

        [Fact]
        public void Matches_the_chapters_of_the_plain_text_recording_by_id()
        {
            var older = _comparison.Sections.Where(s => s.Older is not null && s.Newer is not null).Select(s => s.Id).ToList();
            older.ShouldContain("how-do-we-use-your-information");
            older.ShouldContain("how-long-do-we-keep-your-information");
            older.ShouldContain("how-to-contact-meta-with-questions");
            // "Privacy notice for United States residents" and "Why and how we process your information" (whose table's
            // column header, repeating the heading, is not a third).
            _comparison.Summary.Removed.ShouldBe(2);
        }

        [Fact]
        public void Link_text_the_plain_text_lost_is_not_counted_as_a_change_in_wording()
        {
            var use = Section(_comparison, "how-do-we-use-your-information");
            use.Text.IsCosmeticOnly.ShouldBeTrue();
            use.Text.Change.HasFlag(TextChange.LostLinkText).ShouldBeTrue();
            use.Text.Diff.Runs.ShouldContain(r => r.Nature == ChangeNature.LostLinkText && r.Text.Contains("information we collect", StringComparison.Ordinal));
        }

        [Fact]
        public void Finds_the_new_effective_date()
        {
            var cover = Section(_comparison, "what-is-the-privacy-policy-and-what-does-it-cover");
            Deleted(cover).ShouldContain("November 14");
            Inserted(cover).ShouldContain("June 16");
        }

        [Fact]
        public void The_text_rendering_is_as_reviewed()
        {
            Snapshot.Match(ChangeReport.Full(_comparison), SnapshotNameExtension.Create("privacy-policy"));
        }
    }
}
