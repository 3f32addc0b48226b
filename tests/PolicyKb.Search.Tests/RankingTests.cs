namespace PolicyKb.Search.Tests;

/// <summary>How clauses rank sections, on sections written for the purpose.</summary>
public sealed class RankingTests
{
    [Fact]
    public void Adjacent_words_outrank_the_same_words_scattered()
    {
        using var site = TinySite.Of(
            ("scattered", "# Scattered\n\n## Rules\n\nYour credentials are yours. Keep the login page private.\n"),
            ("adjacent", "# Adjacent\n\n## Rules\n\nYour login credentials are yours. Keep the page private.\n"));

        var hits = site.Searcher.Search(new SearchRequest("login credentials ")).Hits;

        hits.Select(h => h.Document).ShouldBe(["adjacent", "scattered"]);
    }

    [Fact]
    public void A_heading_match_outranks_the_same_word_in_text()
    {
        using var site = TinySite.Of(
            ("in-text", "# In text\n\n## General\n\nWe keep a record of preservation requests and other requests.\n"),
            ("in-heading", "# In heading\n\n## Preservation\n\nWe keep a record of these requests and other requests.\n"));

        site.Searcher.Search(new SearchRequest("preservation ")).Hits.Select(h => h.Document).ShouldBe(["in-heading", "in-text"]);
    }

    [Fact]
    public void Equal_scores_rank_in_index_order()
    {
        using var site = TinySite.Of(
            ("first", "# First\n\n## Same\n\nThe same sentence about retention.\n"),
            ("second", "# Second\n\n## Same\n\nThe same sentence about retention.\n"));

        var hits = site.Searcher.Search(new SearchRequest("retention ")).Hits;

        hits[0].Score.ShouldBe(hits[1].Score);
        hits.Select(h => h.Document).ShouldBe(["first", "second"]);
    }
}
