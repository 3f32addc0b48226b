using PolicyKb.Model;

namespace PolicyKb.Enriching.Audiences;

/// <summary>
/// Which sections of which versions matter to which audience. A whole document matters to an audience that lists
/// it or that its metadata names; otherwise a section matters when one of the audience's section rules for that
/// document matches it (heading, text or defined term), and then so do its subsections. The site marks these
/// sections and the search index filters by them, from this one decision.
/// </summary>
public sealed class AudienceRelevance
{
    private readonly Dictionary<(string Audience, string Policy, string Version), HashSet<string>> _sections = [];
    private readonly HashSet<(string Audience, string Policy)> _primary = [];

    private AudienceRelevance()
    {
    }

    public static AudienceRelevance Compute(KnowledgeBase knowledgeBase)
    {
        var relevance = new AudienceRelevance();
        foreach (var audience in knowledgeBase.Audiences)
        {
            foreach (var policy in knowledgeBase.Policies)
            {
                var primary = audience.Documents.Contains(policy.Id) || policy.Metadata.Audiences.Contains(audience.Id);
                if (primary)
                {
                    relevance._primary.Add((audience.Id, policy.Id));
                }

                var rules = audience.SectionRules.Where(r => r.Document == policy.Id).ToList();
                foreach (var version in policy.Versions)
                {
                    var selected = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var section in version.Content.Sections)
                    {
                        Select(section, primary, rules, [], selected);
                    }

                    relevance._sections[(audience.Id, policy.Id, version.Id)] = selected;
                }
            }
        }

        return relevance;
    }

    /// <summary>Whether the whole document is for this audience (it reads it first).</summary>
    public bool IsPrimary(string audienceId, string policyId) => _primary.Contains((audienceId, policyId));

    /// <summary>The ids of the sections of a version that matter to an audience.</summary>
    public IReadOnlySet<string> Sections(string audienceId, PolicyVersion version) =>
        _sections.TryGetValue((audienceId, version.PolicyId, version.Id), out var ids) ? ids : EmptySet;

    /// <summary>Whether any part of a version matters to an audience.</summary>
    public bool Concerns(string audienceId, PolicyVersion version) =>
        IsPrimary(audienceId, version.PolicyId) || Sections(audienceId, version).Count > 0;

    /// <summary>The audiences a section matters to.</summary>
    public IEnumerable<string> AudiencesOf(PolicyVersion version, string sectionId) =>
        _sections.Where(e => e.Key.Policy == version.PolicyId && e.Key.Version == version.Id && e.Value.Contains(sectionId))
            .Select(e => e.Key.Audience)
            .Order(StringComparer.Ordinal);

    private static readonly HashSet<string> EmptySet = [];

    // Its own recursion over the sections: a section's match depends on its ancestors' headings and matches.
    private static void Select(Section section, bool inherited, List<SectionRule> rules, List<string> ancestorHeadings, HashSet<string> selected)
    {
        var matches = inherited || rules.Any(rule => Matches(rule, section, ancestorHeadings));
        if (matches)
        {
            selected.Add(section.Id);
        }

        ancestorHeadings.Add(section.Heading);
        foreach (var child in section.Children)
        {
            Select(child, matches, rules, ancestorHeadings, selected);
        }

        ancestorHeadings.RemoveAt(ancestorHeadings.Count - 1);
    }

    private static bool Matches(SectionRule rule, Section section, List<string> ancestorHeadings)
    {
        if (rule.Headings.Any(h => section.Heading.Contains(h, StringComparison.OrdinalIgnoreCase)
            || ancestorHeadings.Any(a => a.Contains(h, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        if (!rule.Phrases.IsEmpty)
        {
            var text = PlainText.OfBlocks(section.Blocks);
            if (rule.Phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return !rule.Terms.IsEmpty && section.Blocks.Descendants<TermReference>().Any(r => rule.Terms.Contains(r.TermId));
    }
}
