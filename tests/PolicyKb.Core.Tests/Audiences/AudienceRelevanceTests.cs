using System.Collections.Immutable;
using PolicyKb.Audiences;
using PolicyKb.Diagnostics;
using PolicyKb.Input;
using PolicyKb.Model;

namespace PolicyKb.Tests.Audiences;

/// <summary>Which audiences a section is for, on the real input and its audiences.yml.</summary>
public sealed class AudienceRelevanceTests
{
    private static readonly KnowledgeBase KnowledgeBase = InputFolder.Load(TestPaths.Input, new DiagnosticBag());
    private static readonly AudienceRelevance Relevance = new(KnowledgeBase.Audiences);

    private static ImmutableArray<string> AudiencesOf(string policyId, string sectionId)
    {
        var policy = KnowledgeBase.FindPolicy(policyId)!;
        var trail = Trail(policy.Current.Content.Sections, sectionId) ?? throw new InvalidOperationException($"no section {sectionId}");
        return Relevance.For(policy, trail);
    }

    private static List<Section>? Trail(IEnumerable<Section> sections, string id)
    {
        foreach (var section in sections)
        {
            if (section.Id == id)
            {
                return [section];
            }

            if (Trail(section.Children, id) is { } below)
            {
                return [section, .. below];
            }
        }

        return null;
    }

    [Fact]
    public void A_policy_is_for_the_audiences_its_metadata_lists() =>
        AudiencesOf("platform-policy", "b-brand-assets").ShouldBe(["developers"]);

    [Fact]
    public void A_heading_rule_selects_the_section_and_its_subsections() =>
        AudiencesOf("privacy-policy", "with-integrated-partners").ShouldBe(["users", "developers"]);

    [Fact]
    public void A_heading_rule_matches_part_of_a_word_ignoring_case() =>
        AudiencesOf("privacy-policy", "other-third-parties").ShouldContain("developers");

    [Fact]
    public void A_text_rule_selects_sections_whose_own_text_contains_the_phrase() =>
        AudiencesOf("terms-of-use", "basic-terms").ShouldBe(["users", "developers"]);

    [Fact]
    public void Sections_no_rule_selects_are_only_for_the_policy_s_audiences() =>
        AudiencesOf("privacy-policy", "what-information-do-we-collect").ShouldBe(["users"]);

    [Fact]
    public void Law_enforcement_reads_the_privacy_policy_s_legal_requests() =>
        AudiencesOf("privacy-policy", "how-do-we-respond-to-legal-requests-comply-with-applicable-law-and-prevent-harm").ShouldContain("law-enforcement");

    [Fact]
    public void A_terms_rule_selects_sections_that_use_the_term()
    {
        var rule = new SectionRule("privacy-policy", [], [], ["meta-products"], new SourceLocation("audiences.yml", 1));
        AudienceRelevance.Selects(rule, ["Anything"], "text", ["meta-products"]).ShouldBeTrue();
        AudienceRelevance.Selects(rule, ["Anything"], "text", ["other"]).ShouldBeFalse();
    }

    [Fact]
    public void Memos_are_for_the_audiences_that_read_memos() => Relevance.ForMemo().ShouldBe(["users"]);
}
