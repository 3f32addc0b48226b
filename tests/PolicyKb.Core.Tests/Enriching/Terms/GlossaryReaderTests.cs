using System.Collections.Immutable;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>Reading glossary.yml: the real one reads cleanly, and each kind of mistake is reported as path:line: message, all at once.</summary>
public sealed class GlossaryReaderTests
{
    private static (ImmutableArray<DefinedTerm> Terms, List<string> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var terms = GlossaryReader.Read(new SourceText("glossary.yml", yaml), LinkedInput.AsRead, diagnostics);
        return (terms, [.. diagnostics.All.Select(d => d.ToString())]);
    }

    public sealed class Given_the_real_glossary
    {
        [Fact]
        public void Reads_every_required_term_without_a_problem()
        {
            var diagnostics = new DiagnosticBag();

            var terms = GlossaryReader.Read(TestPaths.Input, LinkedInput.AsRead, diagnostics);

            diagnostics.All.ShouldBeEmpty();
            terms.Select(t => t.Term).ShouldBe([
                "integrated partner", "partner", "third party", "vendor", "service provider", "Meta Products", "Meta Company Products",
                "Meta Companies", "User Content", "Stored Communications Act", "preservation request"]);
            terms.ShouldAllBe(t => t.Origin == TermOrigin.Listed && t.Definition.Length > 80 && !t.Audiences.IsEmpty && !t.Sources.IsEmpty);
        }

        [Fact]
        public void Keeps_aliases_audiences_sources_and_the_source_annotation()
        {
            var terms = GlossaryReader.Read(TestPaths.Input, LinkedInput.AsRead, new DiagnosticBag());

            var thirdParty = terms.Single(t => t.Id == "third-party");
            thirdParty.Aliases.ShouldContain("3rd party");
            thirdParty.Audiences.ShouldBe(["users", "developers", "law-enforcement"]);
            thirdParty.SourceAnnotation.ShouldBe("Definition-ThirdParty");
            thirdParty.Sources[0].ToString().ShouldBe("privacy-policy#how-do-we-share-information-with-third-parties");
            terms.Single(t => t.Id == "partner").Scope.ShouldBe(["privacy-policy"]);
            terms.Single(t => t.Id == "meta-products").Sources.Select(s => s.DocumentKind)
                .ShouldBe([DocumentKind.Policy, DocumentKind.Policy, DocumentKind.Memo], "a memo's page lives under another URL than a policy's");
        }
    }

    public sealed class Given_a_bad_glossary
    {
        [Fact]
        public void Every_problem_is_reported_at_its_line_at_once()
        {
            var (terms, diagnostics) = Read("""
                - id: third-party
                  term: third party
                  definition: Anyone other than you and Meta.
                  aliases: [third parties, the, ad, information, "third (party)"]
                  audiences: [users, judges]
                  sources:
                    - document: privacy-policy
                      section: no-such-section
                    - url: ftp://example.com/terms
                - id: outside-party
                  term: outside party
                  definition: Someone else.
                  aliases: [third parties]
                  audiences: [users]
                  documents: [privacy-policy, nowhere]
                  sources: [{ document: nowhere }]
                - id: Bad Id
                  term: vendor
                  audiences: [users]
                  sorces: [{ url: https://example.com }]
                """);

            diagnostics.ShouldBe([
                "glossary.yml:4: error: alias 'ad' is too short: with fewer than 3 letters it would match initials and abbreviations that mean something else",
                "glossary.yml:4: error: alias 'information' would match almost everywhere: 'information' is a word every policy uses in its ordinary sense; use the longer phrase the documents define",
                "glossary.yml:4: error: alias 'the' is made of stop words only, which occur in almost every sentence; a term needs a word of its own",
                "glossary.yml:4: error: alias 'third (party)' has punctuation between its words, so it can never match: only a space or a hyphen may join the words of a term",
                "glossary.yml:5: error: unknown audience 'judges'; audiences.yml defines: developers, law-enforcement, users",
                "glossary.yml:8: error: no version of 'privacy-policy' has a section 'no-such-section' (run `inspect` on a version to see its section ids)",
                "glossary.yml:9: error: source url must be an absolute http(s) URL, not 'ftp://example.com/terms'",
                "glossary.yml:13: error: 'third parties' is claimed by two terms: 'outside-party' and 'third-party' ('third party', glossary.yml:2); a use of it could not tell which one is meant",
                "glossary.yml:15: error: unknown document 'nowhere': the term can only hold in a policy or memo; documents: 2025-10-16-instagram-ai-interactions, law-enforcement-guidelines, platform-policy, privacy-policy, terms-of-use",
                "glossary.yml:16: error: unknown document 'nowhere': a source is a policy or memo id; documents: 2025-10-16-instagram-ai-interactions, law-enforcement-guidelines, platform-policy, privacy-policy, terms-of-use",
                "glossary.yml:17: error: missing required 'definition'",
                "glossary.yml:17: error: missing required 'sources': say where the definition comes from (a document and section, or a url)",
                "glossary.yml:17: error: term id 'Bad Id' must be lower-case letters, digits and hyphens (it is the entry's URL fragment); 'bad-id' would do",
                "glossary.yml:20: error: unknown key 'sorces'; did you mean 'sources'?",
            ]);
            terms.Length.ShouldBe(2, "entries with all required keys are kept so that later checks see them");
        }

        [Fact]
        public void A_duplicate_id_names_the_first_entry()
        {
            var (_, diagnostics) = Read("""
                - id: vendor
                  term: vendor
                  definition: A company Meta hires.
                  audiences: [users]
                  sources: [{ document: privacy-policy, section: vendors }]
                - id: vendor
                  term: supplier
                  definition: A company that supplies Meta.
                  audiences: [users]
                  sources: [{ document: privacy-policy }]
                """);

            diagnostics.ShouldBe(["glossary.yml:6: error: term id 'vendor' is already used by 'vendor' at glossary.yml:1; ids must be unique"]);
        }

        [Fact]
        public void An_alias_claimed_by_two_terms_names_both_and_the_plural_counts()
        {
            var (_, diagnostics) = Read("""
                - id: partner
                  term: partner
                  definition: A business Meta works with.
                  audiences: [users]
                  sources: [{ document: privacy-policy, section: partners }]
                - id: business-partner
                  term: business partner
                  definition: Another business.
                  aliases: [partners]
                  audiences: [users]
                  sources: [{ document: privacy-policy }]
                """);

            diagnostics.ShouldBe([
                "glossary.yml:9: error: 'partners' is claimed by two terms: 'business-partner' and 'partner' ('partner', glossary.yml:2); a use of it could not tell which one is meant",
            ]);
        }

        [Fact]
        public void The_root_must_be_a_list_of_terms() =>
            Read("integrated-partner: a company\n").Diagnostics.ShouldBe(["glossary.yml:1: error: 'glossary' must be a list, not a mapping"]);

        [Fact]
        public void Two_terms_cannot_claim_the_same_source_definition()
        {
            var (_, diagnostics) = Read("""
                - id: partner
                  term: partner
                  definition: A business Meta works with.
                  audiences: [users]
                  annotation: Definition-Partner
                  sources: [{ document: privacy-policy }]
                - id: vendor
                  term: vendor
                  definition: A company Meta hires.
                  audiences: [users]
                  annotation: Definition-Partner
                  sources: [{ document: privacy-policy }]
                """);

            diagnostics.ShouldBe(["glossary.yml:7: error: annotation 'Definition-Partner' is already claimed by 'partner'; a source definition belongs to one term"]);
        }
    }
}
