using PolicyKb.Model;

namespace PolicyKb.Search.Tests;

/// <summary>Glossary aliases are query-time synonyms: single words as terms, several words as exact phrases.</summary>
public sealed class SynonymTests : IDisposable
{
    private readonly SearchSite _site;

    public SynonymTests() => _site = GlossarySite();

    /// <summary>Four small policies and a glossary with a multi-word term with a one-word alias and aliases of different lengths.</summary>
    internal static SearchSite GlossarySite()
    {
        using var tiny = TinySite.Of(
            ("agreement", "# Agreement\n\n## Processing\n\nThe data processing agreement binds every vendor.\n"),
            ("short", "# Short\n\n## Vendors\n\nVendors sign a DPA before any transfer.\n"),
            ("parties", "# Parties\n\n## Sharing\n\nWe share with 3rd party vendors only.\n"),
            ("scattered", "# Scattered\n\n## Data\n\nAn agreement about data and processing of it.\n"));
        var location = new SourceLocation("glossary.yml", 1);
        var glossary = new Glossary([
            new DefinedTerm("dpa", "data processing agreement", "A contract on processing.", ["DPA"], [], [], location),
            new DefinedTerm("third-party", "third party", "Someone else.", ["third parties", "3rd party"], [], [], location),
        ]);
        return new SearchSite(tiny.KnowledgeBase with { Glossary = glossary });
    }

    public void Dispose() => _site.Dispose();

    private string[] Documents(string q) => [.. _site.Searcher.Search(new SearchRequest(q)).Hits.Select(h => h.Document)];

    [Fact]
    public void A_single_word_alias_finds_the_multi_word_term_as_a_phrase_ranked_below_the_word_itself()
    {
        var plan = _site.Searcher.Plan("dpa ");
        plan.Clauses.ShouldContain(c => c.Field == "text" && c.Terms.SequenceEqual(new[] { "data", "process", "agreement" }));
        Documents("dpa ").ShouldBe(["short", "agreement"]);
    }

    [Fact]
    public void A_multi_word_term_finds_its_single_word_alias()
    {
        var documents = Documents("data processing agreement ");
        documents[0].ShouldBe("agreement");
        documents.ShouldContain("short");
    }

    [Fact]
    public void An_alias_of_different_length_never_matches_scattered_words() =>
        Documents("3rd party ").ShouldNotContain("scattered");

    [Fact]
    public void Aliases_reach_each_other_through_the_term() =>
        Documents("third parties ").ShouldContain("parties");

    [Fact]
    public void Without_a_glossary_there_are_no_synonyms()
    {
        using var plain = new SearchSite(_site.KnowledgeBase with { Glossary = Glossary.Empty });
        plain.Searcher.Search(new SearchRequest("dpa ")).Hits.Select(h => h.Document).ShouldBe(["short"]);
    }
}
