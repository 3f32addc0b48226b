using PolicyKb.Search.Results;

namespace PolicyKb.Search.Tests.Results;

public sealed class SnippetBuilderTests
{
    private static TextMatch Match(string text, string word, string term, int from = 0)
    {
        var start = text.IndexOf(word, from, StringComparison.Ordinal);
        return new TextMatch(start, start + word.Length, term);
    }

    [Fact]
    public void A_short_text_is_shown_whole_with_its_matches_marked()
    {
        const string text = "We keep your  data\nwhile your account exists.";
        var snippet = SnippetBuilder.Build(text, [Match(text, "data", "data"), Match(text, "account", "account")]);
        string.Concat(snippet.Parts.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text)).ShouldBe("We keep your [data] while your [account] exists.");
    }

    [Fact]
    public void A_long_text_shows_the_window_with_the_most_distinct_terms_cut_at_words()
    {
        var text = string.Join(" ", Enumerable.Repeat("filler words here", 40)) + " delete your account now " + string.Join(" ", Enumerable.Repeat("more filler", 40)) + " delete again";
        var snippet = SnippetBuilder.Build(text, [Match(text, "delete", "delet"), Match(text, "account", "account"), Match(text, "delete", "delet", text.LastIndexOf("delete", StringComparison.Ordinal))]);

        snippet.Text.ShouldStartWith("…");
        snippet.Text.ShouldEndWith("…");
        snippet.Text.Length.ShouldBeLessThanOrEqualTo(SnippetBuilder.MaxLength + 2);
        snippet.Parts.Where(p => p.Highlighted).Select(p => p.Text).ShouldBe(["delete", "account"]);
        snippet.Text.ShouldNotContain("  ");
    }

    [Fact]
    public void A_very_long_text_is_cut_from_the_page_where_most_distinct_terms_are()
    {
        var page = TextPages.PageLength(40_000);
        var text = new string('x', 100) + " consent " + new string(' ', page) + " withdraw your consent " + new string(' ', 40_000 - page - 140);
        var first = Match(text, "consent", "consent");
        var withdraw = Match(text, "withdraw", "withdraw");
        var second = Match(text, "consent", "consent", withdraw.End);

        var snippet = SnippetBuilder.Build(text, [first, withdraw, second]);

        TextPages.PageOf(withdraw.Start, text.Length).ShouldBe(1);
        snippet.Parts.Where(p => p.Highlighted).Select(p => p.Text).ShouldBe(["withdraw", "consent"]);
        snippet.Text.ShouldStartWith("…");
    }

    [Fact]
    public void Pages_are_at_least_the_minimum_and_at_most_thirty()
    {
        TextPages.Count(100).ShouldBe(1);
        TextPages.Count(TextPages.MinPageLength + 1).ShouldBe(2);
        TextPages.Count(1_000_000).ShouldBe(TextPages.MaxPages);
        TextPages.Region(0, 100).ShouldBe((0, 100));
    }
}
