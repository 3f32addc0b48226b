using System.Collections.Immutable;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Model;
using Xunit.Abstractions;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>The definitions the documents make themselves, found without listing them.</summary>
public sealed class DefinitionExtractorTests
{
    private static readonly Lazy<ImmutableArray<ExtractedDefinition>> FromInput = new(() => DefinitionExtractor.Extract(LinkedInput.AsRead));

    private static string[] Terms(string text) => [.. DefinitionExtractor.FindIn(text).Select(d => d.Term)];

    public sealed class Given_the_real_input(ITestOutputHelper output)
    {
        [Theory]
        [InlineData("Content", "terms-of-use", "2013-01-19", "basic-terms", 13)]
        [InlineData("Content", "terms-of-use", "2013-01-19", "proprietary-rights-in-content-on-instagram", 30)]
        [InlineData("SCA", "law-enforcement-guidelines", "2026-11-24", "requests-for-user-information", 11)]
        [InlineData("Terms of Use", "terms-of-use", "2013-01-19", null, 4)]
        [InlineData("Spam", "terms-of-use", "2013-01-19", "basic-terms", 17)]
        [InlineData("User Content", "platform-policy", "2026-11-24", "a-general-terms", 23)]
        public void The_required_definitions_are_found_with_their_sentence_and_place(string term, string policy, string date, string? section, int line)
        {
            var found = FromInput.Value.Where(d => d.Term == term && d.Sentence.Place.SectionId == section).ShouldHaveSingleItem();

            found.DocumentId.ShouldBe(policy);
            found.Sentence.Place.Kind.ShouldBe(DocumentKind.Policy);
            found.Sentence.Place.DateSlug.ShouldBe(date);
            found.Sentence.Location.ShouldBe(new SourceLocation($"policies/{policy}/{date}.{(policy == "terms-of-use" ? "txt" : "md")}", line));
            found.Sentence.Sentence.ShouldContain(term);
        }

        [Fact]
        public void The_defining_sentence_is_the_whole_sentence_and_only_it() =>
            FromInput.Value.Single(d => d.Term == "SCA").Sentence.Sentence.ShouldBe(
                "We disclose account records solely in accordance with our terms of service and applicable law, including the federal " +
                "Stored Communications Act (“SCA”), 18 U.S.C. Sections 2701-2712.");

        [Fact]
        public void Every_version_is_searched() =>
            FromInput.Value.Where(d => d.Term == "DPA").Select(d => d.Sentence.Place.DateSlug).ShouldBe(["2024-11-14", "2025-06-16"]);

        [Fact]
        public void Lists_every_definition_the_documents_make()
        {
            var all = FromInput.Value.Select(d => $"{d.Term} @ {d.Sentence.Location}").ToList();
            all.ForEach(output.WriteLine);

            FromInput.Value.Select(d => d.Term).Distinct().Order(StringComparer.Ordinal).ShouldBe(
                ["Content", "DPA", "Instagram Content", "SCA", "Spam", "Terms of Use", "User Content", "legitimate interests", "posting", "private", "processing personal data", "terms"]);
        }
    }

    public sealed class Given_drafting_patterns
    {
        [Fact]
        public void Collectively_before_the_quote_is_a_definition() =>
            Terms("any other materials (collectively, \"Content\") that you post on or through the Instagram Services.").ShouldBe(["Content"]);

        [Fact]
        public void Curly_and_mixed_quotes_are_definitions() =>
            Terms("(the Meta Terms and Instagram Terms, the Meta AI Terms of Service, together, the “terms\"). The purposes for which we process")
                .ShouldBe(["terms"]);

        [Fact]
        public void A_list_of_quoted_names_defines_each() =>
            Terms("located at Gordon House, Barrow Street, Dublin 4, Ireland (referred to as “YouTube”, “we”, “us”, or “our”).")
                .ShouldBe(["YouTube", "we", "us", "our"]);

        [Fact]
        public void A_quoted_term_before_we_mean_is_a_definition() =>
            Terms("When we talk about \"processing personal data,\" we mean the ways we collect, use and share your information.").ShouldBe(["processing personal data"]);

        [Fact]
        public void Several_definitions_in_one_sentence_are_each_found() =>
            Terms("By displaying or publishing (\"posting\") any Content, except Content not shared publicly (\"private\") will not be distributed.")
                .ShouldBe(["posting", "private"]);

        [Theory]
        [InlineData("Don't participate in any (such as \"like\") exchange programs.")]
        [InlineData("directed at terrorists and other violent actors (e.g., “Terrorists deserve to be killed,” “I hope they kill the terrorists”).")]
        [InlineData("Read the section (see 'What Information do we collect?' for more detail).")]
        [InlineData("If a user marks a photo as \"private\", you must reflect that change.")]
        [InlineData("which states: \"A general release does not extend to claims.\"")]
        public void Other_quotations_are_not_definitions(string text) => Terms(text).ShouldBeEmpty();

        [Fact]
        public void A_sentence_does_not_end_at_initials_or_abbreviations()
        {
            var text = "Please note: the service provider is Meta Platforms Ireland Ltd. (\"Meta Ireland\") for the European region. Next sentence.";

            DefinitionExtractor.FindIn(text).ShouldHaveSingleItem().Sentence
                .ShouldBe("Please note: the service provider is Meta Platforms Ireland Ltd. (\"Meta Ireland\") for the European region.");
        }
    }

    public sealed class Given_the_open_terms_archive_corpus(ITestOutputHelper output)
    {
        [Fact]
        public void Documents_written_by_others_yield_definitions_without_failing()
        {
            var definitions = new List<string>();
            foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var content = Imports.File(file, Path.GetFileName(file)).Content;
                var text = content.Descendants<Paragraph>().Select(p => PlainText.Of(p.Inlines));
                definitions.AddRange(text.SelectMany(DefinitionExtractor.FindIn).Select(d => d.Term));
            }

            output.WriteLine($"{definitions.Count} definitions: {string.Join(", ", definitions.Distinct().Take(60))}");
            definitions.Count.ShouldBeGreaterThan(50, "terms of service define their terms in this pattern");
            definitions.ShouldAllBe(d => d.Length > 0 && d.Length <= 80 && d == d.Trim());
        }
    }
}
