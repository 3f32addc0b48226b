using PolicyKb.Search.Results;

namespace PolicyKb.Search.Tests;

/// <summary>The searcher on the real input: readers' queries land on the right sections.</summary>
public sealed partial class PolicySearcherTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    [System.Text.RegularExpressions.GeneratedRegex(@"third[\s-]part", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ThirdParty();

    private SearchResults Search(string q, string? audience = null, bool archived = false, int limit = 10) =>
        fixture.Site.Searcher.Search(new SearchRequest(q, audience, archived, limit));

    private static string[] Ids(SearchResults results, int top) => [.. results.Hits.Take(top).Select(h => h.Id)];

    public sealed class Given_a_reader_s_question(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
    {
        private readonly PolicySearcherTests _search = new(fixture);

        [Fact]
        public void Subpoena_finds_the_legal_process_sections()
        {
            var results = _search.Search("subpoena");
            Ids(results, 2).ShouldBe(
                ["policy/privacy-policy/2025-06-16#how-do-we-respond-to-legal-requests-comply-with-applicable-law-and-prevent-harm",
                 "policy/law-enforcement-guidelines/2026-11-24#requests-for-user-information"],
                ignoreOrder: true);
        }

        [Fact]
        public void Delete_my_account_lands_on_deleting_your_information()
        {
            var top = _search.Search("delete my account").Hits[0];
            top.Url.ShouldBe("/policies/privacy-policy/#port-download-or-delete-your-information");
            top.HeadingPath.ShouldBe(["How can you manage or delete your information and exercise your rights?", "Port, download or delete your information"]);
            top.Snippet.Parts.Where(p => p.Highlighted).Select(p => p.Text.ToLowerInvariant()).ShouldContain("delete");
        }

        [Fact]
        public void Store_login_credentials_finds_the_platform_rule_on_credentials()
        {
            var top = _search.Search("store login credentials").Hits[0];
            top.Id.ShouldBe("policy/platform-policy/2026-11-24#a-general-terms");
            top.Snippet.Text.ShouldContain("login credentials", Case.Insensitive);
        }
    }

    public sealed class Filters(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
    {
        private readonly PolicySearcherTests _search = new(fixture);

        [Fact]
        public void The_audience_filter_keeps_only_that_audience_s_sections_and_counts_every_audience()
        {
            var all = _search.Search("information");
            var developers = _search.Search("information", "developers");

            developers.Hits.ShouldNotBeEmpty();
            developers.Hits.ShouldAllBe(h => h.Audiences.Contains("developers"));
            developers.Total.ShouldBe(all.Audiences.Single(a => a.Id == "developers").Count);
            developers.TotalAllAudiences.ShouldBe(all.Total);
        }

        [Fact]
        public void Developers_see_privacy_sections_their_rule_selects_and_not_the_others()
        {
            var hits = _search.Search("integrated partners", "developers", limit: 50).Hits;
            hits.ShouldContain(h => h.Id == "policy/privacy-policy/2025-06-16#with-integrated-partners");
            hits.ShouldNotContain(h => h.Id == "policy/privacy-policy/2025-06-16#what-information-do-we-collect");
        }

        [Fact]
        public void Archived_versions_are_searched_only_on_request()
        {
            _search.Search("information we collect", limit: 100).Hits.ShouldAllBe(h => h.Current);

            var archived = _search.Search("information we collect", archived: true, limit: 100).Hits;
            archived.ShouldContain(h => !h.Current && h.Version == "2024-11-14" && h.Url.StartsWith("/policies/privacy-policy/2024-11-14/#", StringComparison.Ordinal));
            archived.ShouldContain(h => h.Current);
        }
    }

    public sealed class Query_syntax(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
    {
        private readonly PolicySearcherTests _search = new(fixture);

        [Fact]
        public void A_quoted_phrase_is_required_and_matched_exactly()
        {
            var results = _search.Search("\"third parties\"", limit: 100);
            results.Hits.ShouldNotBeEmpty();
            // "third-party" analyzes as the same two adjacent words.
            results.Hits.ShouldAllBe(h => ThirdParty().IsMatch(h.Snippet.Text) || ThirdParty().IsMatch(h.Heading));
            _search.Search("\"parties third\"").Total.ShouldBe(0);
        }

        [Fact]
        public void The_last_word_matches_as_a_prefix_while_it_is_typed()
        {
            _search.Search("subpoe").Hits.Select(h => h.Id).ShouldContain("policy/law-enforcement-guidelines/2026-11-24#requests-for-user-information");
            _search.Search("retenti").Hits.ShouldNotBeEmpty();
            _search.Search("subpoe ").Total.ShouldBe(0, "a word followed by a space is finished");
        }

        [Fact]
        public void A_word_of_five_letters_or_more_tolerates_one_typo()
        {
            var exact = Ids(_search.Search("subpoena "), 2);
            Ids(_search.Search("subpeona "), 2).ShouldBe(exact, "a transposition");
            Ids(_search.Search("subpoenna "), 2).ShouldBe(exact, "an insertion");
            Ids(_search.Search("subpena "), 2).ShouldBe(exact, "a deletion");
            _search.Search("sbpeona ").Total.ShouldBe(0, "two edits");
            _search.Search("dta ").Total.ShouldBe(0, "short words must be exact");
        }

        [Fact]
        public void Stop_words_alone_find_nothing() => _search.Search("the of and").Total.ShouldBe(0);

        [Fact]
        public void A_query_that_finds_nothing_suggests_the_nearest_words()
        {
            var results = _search.Search("subpenaa ");
            results.Total.ShouldBe(0);
            results.Suggestions.ShouldContain("subpoena");
        }
    }
}
