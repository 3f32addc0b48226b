using System.Text;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Urls;
using Snapshooter.Xunit;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>The build step on the real input, and on small inputs made for one behaviour.</summary>
public sealed class LinkDefinedTermsTests
{
    public sealed class Given_the_real_input
    {
        [Fact]
        public void Every_document_has_term_links_and_the_counts_are_as_reviewed()
        {
            var knowledgeBase = LinkedInput.KnowledgeBase;
            var usage = LinkedInput.Usage;
            var report = new StringBuilder();
            foreach (var version in knowledgeBase.Policies.SelectMany(p => p.Versions))
            {
                report.Append($"{version.PolicyId} {version.DateSlug}: {usage.LinksIn(DocumentKind.Policy, version.PolicyId, version.Id)} links; ")
                    .AppendLine(string.Join(", ", usage.TermsIn(version)));
            }

            foreach (var memo in knowledgeBase.Memos)
            {
                report.Append($"memo {memo.Id}: {usage.LinksIn(DocumentKind.Memo, memo.Id, TermUsage.MemoKey(memo))} links; ").AppendLine(string.Join(", ", usage.TermsIn(memo)));
            }

            report.AppendLine();
            foreach (var term in knowledgeBase.Glossary.Terms)
            {
                var places = usage.PlacesOf(term.Id);
                report.Append($"{term.Id} ({term.Origin}): ")
                    .AppendLine(term.IsLinked ? $"{places.Sum(p => p.Uses)} uses in {places.Count} sections, {places.Sum(p => p.Links)} links" : $"not linked: {term.NotLinkedReason}");
            }

            knowledgeBase.Policies.SelectMany(p => p.Versions).ShouldAllBe(v => usage.LinksIn(DocumentKind.Policy, v.PolicyId, v.Id) > 0);
            Snapshot.Match(report.ToString());
        }

        [Fact]
        public void A_linked_section_reads_as_reviewed()
        {
            var section = LinkedInput.Version("privacy-policy", "2025-06-16").Content.AllSections().Single(s => s.Id == "how-do-the-meta-companies-work-together");

            Snapshot.Match(ModelOutline.Of(new DocumentContent([], [section with { Children = [] }])));
        }

        [Fact]
        public void Every_definition_popover_of_the_privacy_center_became_a_term_reference()
        {
            var version = LinkedInput.Version("privacy-policy", "2025-06-16");
            var outline = ModelOutline.Of(version);

            outline.ShouldNotContain("annotations[0]=Definition-");
            outline.ShouldContain("{term service-provider: service provider} for other Meta Companies");
        }

        [Fact]
        public void A_listed_term_the_documents_also_define_keeps_its_plain_words_and_gains_the_defining_sentence()
        {
            var sca = LinkedInput.KnowledgeBase.Glossary.Find("stored-communications-act").ShouldNotBeNull();

            sca.Origin.ShouldBe(TermOrigin.Listed);
            sca.Definition.ShouldStartWith("A United States federal law");
            var defined = sca.DefinedIn.ShouldHaveSingleItem();
            defined.Sentence.ShouldContain("Stored Communications Act (“SCA”)");
            SiteUrls.Place(defined.Place).ShouldBe("/policies/law-enforcement-guidelines/2026-11-24/#requests-for-user-information");
        }

        [Fact]
        public void A_drafting_term_holds_in_its_own_document_with_every_defining_sentence()
        {
            var content = LinkedInput.KnowledgeBase.Glossary.Find("content").ShouldNotBeNull();

            content.Origin.ShouldBe(TermOrigin.Extracted);
            content.MatchCase.ShouldBeTrue();
            content.Scope.ShouldBe(["terms-of-use"]);
            content.Audiences.ShouldBe(["users"]);
            content.DefinedIn.Select(d => d.Location.Line).ShouldBe([13, 30]);
            content.Definition.ShouldEndWith("links (\"Content\") that you submit, post, and display on the Instagram service.");
            LinkedInput.Usage.PlacesOf("content").ShouldAllBe(p => p.Place.DocumentId == "terms-of-use");
        }

        [Fact]
        public void Lower_case_drafting_terms_are_kept_but_not_linked_with_the_reason()
        {
            var glossary = LinkedInput.KnowledgeBase.Glossary;

            glossary.Terms.Where(t => !t.IsLinked).Select(t => t.Term).Order(StringComparer.Ordinal)
                .ShouldBe(["legitimate interests", "posting", "private", "processing personal data", "terms"]);
            glossary.Find("posting")!.NotLinkedReason!.ShouldContain("lower case");
            LinkedInput.Usage.PlacesOf("posting").ShouldBeEmpty();
        }

        [Fact]
        public void Usage_gives_the_sections_that_use_a_term()
        {
            var usage = LinkedInput.Usage;

            usage.PlacesOf("preservation-request").Select(p => SiteUrls.Place(p.Place)).ShouldBe([
                "/policies/law-enforcement-guidelines/2026-11-24/#data-retention-and-availability",
                "/policies/law-enforcement-guidelines/2026-11-24/#account-preservation"]);
            var withIntegratedPartners = usage.PlacesOf("integrated-partner").Last(p => p.Place.Heading == "With integrated partners");
            withIntegratedPartners.Links.ShouldBe(1);
            withIntegratedPartners.Uses.ShouldBe(7, "the heading, three uses in the text and three in the text of links");
        }
    }

    public sealed class Given_a_small_input : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Given_a_small_input()
        {
            _folder.File("site.yml", "title: Test\nbase_url: https://example.org/\n");
            _folder.File("policies/privacy/policy.yml", "title: Privacy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\n");
            _folder.File("policies/privacy/2024-01-01.md", "# Privacy\n\n## Sharing\n\nWe share information with vendors and partners.\n");
            _folder.File("policies/privacy/2025-01-01.md", "# Privacy\n\n## Sharing\n\nWe share information with integrated partners and partners.\n");
            _folder.File("glossary.yml", """
                - id: partner
                  term: partner
                  definition: A business Meta works with.
                  audiences: [users]
                  sources: [{ document: privacy, section: sharing }]
                - id: integrated-partner
                  term: integrated partner
                  definition: An app you connect to your account.
                  audiences: [users]
                  sources: [{ document: privacy }]
                - id: vendor
                  term: vendor
                  definition: A company Meta hires.
                  audiences: [users]
                  sources: [{ document: privacy }]
                - id: service-provider
                  term: service provider
                  definition: A company acting on someone else's behalf.
                  audiences: [users]
                  sources: [{ url: https://example.org/service-provider }]
                """);
        }

        public void Dispose() => _folder.Dispose();

        private (BuildResult Result, BuildContext Context) Build()
        {
            var context = new BuildContext(BuildOptions.For(_folder.Path, Path.Combine(_folder.Path, "out")));
            return (new BuildPipeline([new ReadInputFolder(), new ReadGlossary(), new LinkDefinedTerms()]).Run(context), context);
        }

        [Fact]
        public void A_listed_term_no_document_uses_is_a_warning()
        {
            _folder.File("audiences.yml", "- id: users\n  name: Users\n");

            Build().Result.Diagnostics.Select(d => d.ToString()).ShouldBe([
                "glossary.yml:16: warning: glossary term 'service-provider' is used in no document: check its spelling and aliases"]);
        }

        [Fact]
        public void Section_rules_must_name_glossary_terms_by_id_and_are_reported_at_their_line()
        {
            _folder.File("audiences.yml", """
                - id: users
                  name: Users
                  sections:
                    - document: privacy
                      terms:
                        - partner
                        - integrated partners
                        - data broker
                """);

            var (result, _) = Build();

            result.Succeeded.ShouldBeFalse();
            result.Diagnostics.Where(d => d.Severity == PolicyKb.Diagnostics.DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBe([
                "audiences.yml:7: error: section rule of audience 'users' names term 'integrated partners'; rules name terms by glossary id: did you mean 'integrated-partner'?",
                "audiences.yml:8: error: section rule of audience 'users' names term 'data broker', which the glossary does not define; glossary ids: partner, integrated-partner, vendor, service-provider",
            ]);
        }
    }
}
