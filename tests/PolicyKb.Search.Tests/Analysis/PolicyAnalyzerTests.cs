using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Tests.Analysis;

public sealed class PolicyAnalyzerTests
{
    private static readonly PolicyAnalyzer Analyzer = new();

    private static string[] Terms(string text, string field = SearchFields.Text) => [.. TextAnalysis.Terms(Analyzer, field, text)];

    public sealed class The_text_chain
    {
        [Fact]
        public void Lower_cases_strips_possessives_splits_hyphens_and_stems() =>
            Terms("Integrated Partner's third-party").ShouldBe(["integr", "partner", "third", "parti"]);

        [Fact]
        public void Drops_English_stop_words_and_leaves_a_position_gap()
        {
            var tokens = TextAnalysis.Tokens(Analyzer, SearchFields.Text, "Terms of Use");
            tokens.Select(t => (t.Term, t.Position)).ShouldBe([("term", 0), ("us", 2)]);
        }

        [Fact]
        public void Keeps_offsets_of_the_original_words()
        {
            var tokens = TextAnalysis.Tokens(Analyzer, SearchFields.Text, "Delete your ACCOUNT.");
            tokens.Select(t => (t.Term, t.StartOffset, t.EndOffset)).ShouldBe([("delet", 0, 6), ("your", 7, 11), ("account", 12, 19)]);
        }

        [Fact]
        public void Strips_curly_possessives_and_keeps_contractions_whole() =>
            Terms("Instagram’s users don’t").ShouldBe(["instagram", "user", "don’t"]);

        [Fact]
        public void Keeps_numbers_and_dotted_abbreviations_together() =>
            Terms("18 U.S.C. Section 2703(d), 1,000.50 requests").ShouldBe(["18", "u.s.c", "section", "2703", "d", "1,000.50", "request"]);

        [Fact]
        public void Stems_with_Lucene_porter_rules() =>
            Terms("subpoenas preservation retention policies agreed meetings crawling scraped").ShouldBe(
                ["subpoena", "preserv", "retent", "polici", "agre", "meet", "crawl", "scrape"]);
    }

    public sealed class The_words_chain
    {
        [Fact]
        public void Stops_before_stemming() =>
            Terms("Integrated Partner's third-party policies", SearchFields.Words).ShouldBe(["integrated", "partner", "third", "party", "policies"]);
    }

    public sealed class The_pairs_chain
    {
        [Fact]
        public void Joins_adjacent_stems_across_stop_words() =>
            Terms("Delete my account under the Terms of Use", SearchFields.Pairs).ShouldBe(["delet my", "my account", "account under", "under term", "term us"]);

        [Fact]
        public void Emits_nothing_for_a_single_word() =>
            Terms("subpoena", SearchFields.Pairs).ShouldBeEmpty();
    }
}
