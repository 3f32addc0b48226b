using PolicyKb.Authoring;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Words;

namespace PolicyKb.Tests.Enriching.Changes;

public sealed class WordDiffTests
{
    private static string Marked(WordDiff diff) => string.Concat(diff.Runs.Select(r => r.Kind switch
    {
        DiffRunKind.Inserted => $"{{+{r.Text}+}}",
        DiffRunKind.Deleted => $"[-{r.Text}-]",
        _ => r.Text,
    }));

    public sealed class Given_a_change_in_wording
    {
        private readonly WordDiff _diff = WordDiff.Between(
            "We share your information with partners.",
            "We share some information with partners and researchers.");

        [Fact]
        public void Runs_mark_the_inserted_and_deleted_words_and_keep_the_rest()
        {
            Marked(_diff).ShouldBe("We share[- your-]{+ some+} information with partners{+ and researchers+}.");
        }

        [Fact]
        public void Counts_words_added_and_removed()
        {
            _diff.WordsAdded.ShouldBe(3);
            _diff.WordsRemoved.ShouldBe(1);
        }

        [Fact]
        public void Is_a_wording_change() => _diff.Change.ShouldBe(TextChange.Wording);
    }

    [Fact]
    public void Runs_rebuild_the_newer_text_when_deletions_are_left_out()
    {
        var older = "Effective June 26, 2024. Read the full policy below.";
        var newer = "Effective June 16, 2025. Read the full Policy below and the notes.";
        var diff = WordDiff.Between(older, newer);
        string.Concat(diff.Runs.Where(r => r.Kind != DiffRunKind.Deleted).Select(r => r.Text)).ShouldBe(newer);
        string.Concat(diff.Runs.Where(r => r.Kind != DiffRunKind.Inserted).Select(r => r.Text)).ShouldBe(older);
    }

    [Fact]
    public void An_insertion_that_ends_a_paragraph_comes_before_a_removed_paragraph_after_it()
    {
        var diff = WordDiff.Between("Effective 2024 |\n\nRead the rules.\n\nWe care.", "Effective 2024 | See earlier versions\n\nWe care.");
        Marked(diff).ShouldBe("Effective 2024 |{+ See earlier versions+}[-\n\nRead the rules.-]\n\nWe care.");
    }

    [Fact]
    public void A_change_in_white_space_alone_gives_no_inserted_or_deleted_run()
    {
        var diff = WordDiff.Between("One two\nthree", "One  two three");
        diff.Runs.ShouldAllBe(r => r.Kind == DiffRunKind.Equal);
        diff.Change.ShouldBe(TextChange.Whitespace);
    }

    [Fact]
    public void A_curly_apostrophe_for_a_straight_one_is_a_punctuation_style_run_that_adds_no_words()
    {
        var diff = WordDiff.Between("That's why we ask.", "That’s why we ask.");
        diff.Change.ShouldBe(TextChange.PunctuationStyle);
        diff.Runs.Where(r => r.Kind != DiffRunKind.Equal).ShouldAllBe(r => r.Nature == ChangeNature.PunctuationStyle);
        diff.WordsAdded.ShouldBe(0);
        diff.WordsRemoved.ShouldBe(0);
    }

    [Fact]
    public void An_apostrophe_inside_a_word_keeps_it_one_word()
    {
        WordDiff.Between("", "Meta’s users don't").WordsAdded.ShouldBe(3);
    }

    [Fact]
    public void Identical_texts_give_one_equal_run() =>
        WordDiff.Between("Same text.", "Same text.").Runs.ShouldBe([new DiffRun(DiffRunKind.Equal, "Same text.", ChangeNature.None, 2)]);

    [Fact]
    public void Text_that_appears_from_nothing_is_one_inserted_run()
    {
        var diff = WordDiff.Between("", "A new paragraph.");
        diff.Runs.ShouldBe([new DiffRun(DiffRunKind.Inserted, "A new paragraph.", ChangeNature.Wording, 3)]);
    }
}
