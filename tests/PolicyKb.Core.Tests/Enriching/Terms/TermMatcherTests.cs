using System.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using Xunit.Abstractions;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>The matcher on sentences from the documents, with the real glossary.</summary>
public sealed class TermMatcherTests
{
    /// <summary>The real glossary's terms that hold in the Privacy Policy (listed ones, and the policy's own "DPA").</summary>
    private static readonly TermMatcher PrivacyPolicy = MatcherFor("privacy-policy");

    private static TermMatcher MatcherFor(string documentId) =>
        new(LinkedInput.KnowledgeBase.Glossary.Terms.Where(t => t.IsLinked && t.AppliesTo(documentId)));

    private static string[] Uses(TermMatcher matcher, string text) =>
        [.. matcher.Matches(text).Select(m => $"{m.TermId}: {text.Substring(m.Start, m.Length)}")];

    public sealed class Given_inflections_and_possessives
    {
        [Fact]
        public void A_singular_possessive_is_part_of_the_use() =>
            Uses(PrivacyPolicy, "When you use an integrated partner’s product or service")
                .ShouldBe(["integrated-partner: integrated partner’s"]);

        [Fact]
        public void A_plural_possessive_is_part_of_the_use() =>
            Uses(PrivacyPolicy, "To deliver quality experiences to users who use our partners’ apps, in our best interest")
                .ShouldBe(["partner: partners’"]);

        [Fact]
        public void Case_is_ignored_and_a_straight_apostrophe_works_too() =>
            Uses(PrivacyPolicy, "Hands holding a phone, using Facebook Login to log into an Integrated Partner's website.")
                .ShouldBe(["integrated-partner: Integrated Partner's"]);

        [Fact]
        public void A_regular_plural_needs_no_alias()
        {
            var matcher = new TermMatcher([new DefinedTerm("vendor", "vendor", "", [], [], [], new SourceLocation("glossary.yml", 1))]);

            Uses(matcher, "Information from partners, vendors and third parties").ShouldBe(["vendor: vendors"]);
        }

        [Fact]
        public void A_hyphenated_compound_is_the_same_phrase() =>
            Uses(MatcherFor("platform-policy"), "hold harmless and indemnify Instagram ... from and against any third-party claim arising from")
                .ShouldBe(["third-party: third-party"]);

        [Fact]
        public void A_hyphenated_plural_and_a_numeral_spelling_are_uses() =>
            Uses(PrivacyPolicy, "it will not share personally identifying information with third-parties, or with a 3rd party.")
                .ShouldBe(["third-party: third-parties", "third-party: 3rd party"]);

        [Fact]
        public void A_phrase_may_break_across_lines() =>
            Uses(PrivacyPolicy, "We also require partners and other third\nparties to follow rules")
                .ShouldBe(["partner: partners", "third-party: third\nparties"]);

        [Fact]
        public void A_closing_single_quote_is_not_a_possessive() =>
            Uses(PrivacyPolicy, "what we call ‘partners’ here").ShouldBe(["partner: partners"]);
    }

    public sealed class Given_terms_inside_longer_terms
    {
        [Fact]
        public void The_longest_term_wins() =>
            Uses(PrivacyPolicy, "To understand how people use and interact with Meta Company Products")
                .ShouldBe(["meta-company-products: Meta Company Products"]);

        [Fact]
        public void Adjacent_terms_are_found_each() =>
            Uses(PrivacyPolicy, "Meta Products share information with other Meta Companies:")
                .ShouldBe(["meta-products: Meta Products", "meta-companies: Meta Companies"]);

        [Fact]
        public void An_integrated_partner_is_not_a_partner() =>
            Uses(PrivacyPolicy, "You can choose to connect with integrated partners who use our Products.")
                .ShouldBe(["integrated-partner: integrated partners"]);

        [Fact]
        public void A_singular_alias_matches_before_a_following_word() =>
            Uses(PrivacyPolicy, "Identifying you as a Meta Product user and personalising the ads we show you")
                .ShouldBe(["meta-products: Meta Product"]);
    }

    public sealed class Given_word_boundaries
    {
        [Theory]
        [InlineData("a partnership with the company")]
        [InlineData("the non-partner apps")]
        [InlineData("partner-facing tools")]
        [InlineData("subpage=1.subpage.4-InformationFromPartnersVendors")]
        [InlineData("third. Party")]
        [InlineData("third (party)")]
        public void Parts_of_other_words_are_not_uses(string text) => Uses(PrivacyPolicy, text).ShouldBeEmpty();
    }

    public sealed class Given_case_rules
    {
        private static readonly TermMatcher TermsOfUse = MatcherFor("terms-of-use");

        [Fact]
        public void A_capitalised_drafting_term_matches_only_capitalised() =>
            Uses(TermsOfUse, "International users agree to comply with all local laws regarding online conduct and acceptable content.")
                .ShouldBeEmpty();

        [Fact]
        public void The_capitalised_drafting_term_is_found() =>
            Uses(TermsOfUse, "Instagram cannot be responsible for the Content posted on its web site")
                .ShouldBe(["content: Content"]);

        [Fact]
        public void A_longer_drafting_term_wins_over_a_shorter_one() =>
            Uses(TermsOfUse, "Instagram Content is protected by copyright").ShouldBe(["instagram-content: Instagram Content"]);

        [Fact]
        public void An_acronym_matches_only_in_capitals()
        {
            var matcher = MatcherFor("law-enforcement-guidelines");

            Uses(matcher, "Under the SCA:").ShouldBe(["stored-communications-act: SCA"]);
            Uses(matcher, "the sca of a boat").ShouldBeEmpty();
        }

        [Fact]
        public void A_drafting_term_does_not_hold_outside_its_document() =>
            Uses(PrivacyPolicy, "Content you create, like posts, comments or audio").ShouldBeEmpty();

        [Fact]
        public void A_listed_term_restricted_to_some_documents_does_not_hold_elsewhere() =>
            Uses(MatcherFor("platform-policy"), "you and Instagram shall be and act independently and not as partner, joint venturer, agent")
                .ShouldBeEmpty();
    }

    public sealed class Given_a_large_corpus(ITestOutputHelper output)
    {
        [Fact]
        public void Matching_stays_fast_with_a_thousand_terms()
        {
            var texts = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            var location = new SourceLocation("glossary.yml", 1);
            var many = LinkedInput.KnowledgeBase.Glossary.Terms.Where(t => t.IsLinked)
                .Concat(Enumerable.Range(0, 1000).Select(i => new DefinedTerm($"t{i}", $"synthetic term {i}", "", [$"other spelling {i}"], [], [], location)));
            var matcher = new TermMatcher(many);

            var stopwatch = Stopwatch.StartNew();
            var uses = texts.Sum(t => matcher.Matches(t).Count);
            stopwatch.Stop();

            output.WriteLine($"{texts.Sum(t => t.Length):N0} characters, {uses:N0} uses of 1,000+ terms in {stopwatch.ElapsedMilliseconds} ms");
            texts.Sum(t => t.Length).ShouldBeGreaterThan(3_500_000);
            uses.ShouldBeGreaterThan(1000, "the corpus is full of third parties, partners and service providers");
            stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "one pass over the words, whatever the number of terms");
        }
    }
}
