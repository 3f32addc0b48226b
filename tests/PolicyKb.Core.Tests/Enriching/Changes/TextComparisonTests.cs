using System.Collections.Immutable;
using PolicyKb.Authoring;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Tests.Enriching.Changes;

/// <summary>A change page tells changes in wording apart from cosmetic ones; these are the cases it must get right.</summary>
public sealed class TextComparisonTests
{
    private static ImmutableArray<Block> Blocks(string markdown) => Imports.Markdown("# T\n\n## S\n\n" + markdown).Content.Sections[0].Blocks;

    private static TextComparison Compare(string older, string newer) => TextComparison.Of(Blocks(older), Blocks(newer));

    [Fact]
    public void Same_text_is_no_change() => Compare("We collect *your* data.", "We collect *your* data.").Change.ShouldBe(TextChange.None);

    [Fact]
    public void Text_rewrapped_onto_other_lines_is_only_white_space()
    {
        var comparison = Compare("We collect\ninformation about you.", "We collect information\nabout   you.");
        comparison.Change.ShouldBe(TextChange.Whitespace);
        comparison.IsCosmeticOnly.ShouldBeTrue();
    }

    [Fact]
    public void A_list_recorded_as_separate_paragraphs_is_only_white_space()
    {
        Compare("- Content you create\n- Messages you send", "Content you create\n\nMessages you send").Change.ShouldBe(TextChange.Whitespace);
    }

    [Theory]
    [InlineData("We call it \"activity.\"", "We call it “activity.”")]
    [InlineData("safe - and secure", "safe — and secure")]
    [InlineData("safe -- and secure", "safe – and secure")]
    [InlineData("and more...", "and more…")]
    [InlineData("you don't", "you don’t")]
    public void Curly_quotes_dashes_and_ellipses_are_only_punctuation_style(string older, string newer)
    {
        var comparison = Compare(older, newer);
        comparison.Change.ShouldBe(TextChange.PunctuationStyle);
        comparison.IsCosmeticOnly.ShouldBeTrue();
        comparison.Diff.WordsAdded.ShouldBe(0);
    }

    [Fact]
    public void A_link_that_points_elsewhere_with_the_same_words_is_only_a_link_target_change()
    {
        var comparison = Compare("Read the [Cookie Policy](https://example.org/cookies).", "Read the [Cookie Policy](https://example.org/policies/cookies).");
        comparison.Change.ShouldBe(TextChange.LinkTargets);
        comparison.IsCosmeticOnly.ShouldBeTrue();
        comparison.LinkTargetsRemoved.ShouldBe(["https://example.org/cookies"]);
        comparison.LinkTargetsAdded.ShouldBe(["https://example.org/policies/cookies"]);
    }

    [Fact]
    public void A_new_word_is_a_change_in_wording_even_beside_cosmetic_ones()
    {
        var comparison = Compare("We don't sell your information.", "We don’t sell or rent your information.");
        comparison.Change.ShouldBe(TextChange.PunctuationStyle | TextChange.Wording);
        comparison.HasWordingChange.ShouldBeTrue();
        comparison.IsCosmeticOnly.ShouldBeFalse();
        comparison.Diff.WordsAdded.ShouldBe(2);
    }

    [Fact]
    public void A_comma_that_disappears_is_a_change_in_wording_not_style()
    {
        Compare("partners, vendors, and researchers", "partners, vendors and researchers").Change.ShouldBe(TextChange.Wording);
    }

    [Fact]
    public void A_capital_letter_is_a_change_in_wording_because_capitals_mark_defined_terms()
    {
        Compare("across our products", "across our Products").Change.ShouldBe(TextChange.Wording);
    }

    [Fact]
    public void Link_text_lost_in_a_plain_text_recording_is_not_counted_as_new_wording()
    {
        var older = ImmutableArray.Create<Block>(new Paragraph([new Text("Read the "), new MissingLink(), new Text(" for more details.")], new SourceLocation("a.txt", 1)));
        var newer = Blocks("Read the [Supplemental Privacy Notice](https://example.org/notice) for more details.");
        var comparison = TextComparison.Of(older, newer);
        comparison.Change.ShouldBe(TextChange.Whitespace | TextChange.LostLinkText);
        comparison.IsCosmeticOnly.ShouldBeTrue();
        comparison.Diff.WordsAdded.ShouldBe(0);
        var restored = comparison.Diff.Runs.Where(r => r.Kind == DiffRunKind.Inserted).ShouldHaveSingleItem();
        restored.Text.ShouldBe(" Supplemental Privacy Notice");
        restored.Nature.ShouldBe(ChangeNature.LostLinkText);
        comparison.LinkTargetsAdded.ShouldBeEmpty();
    }
}
