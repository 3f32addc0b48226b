using PolicyKb.Model;

namespace PolicyKb.Audiences;

/// <summary>
/// Decides which audiences a section is for, the one rule that search and the site's audience views share.
/// An audience reads a whole policy when the policy's metadata lists the audience or the audience lists the policy
/// among its documents; otherwise it reads the sections its <see cref="SectionRule"/>s select for that policy:
/// the section's heading or an ancestor's contains one of the rule's headings, the section's own text contains one of
/// its phrases, or the section uses one of its defined terms. Heading and text matching ignore case.
/// Memos are for the audiences that include memos.
/// </summary>
public sealed class AudienceRelevance(ImmutableArray<Audience> audiences)
{
    public ImmutableArray<Audience> Audiences { get; } = audiences;

    /// <summary>
    /// The ids of the audiences for a section of <paramref name="policy"/>, in the order of audiences.yml.
    /// <paramref name="trail"/> is the section with its ancestors, outermost first.
    /// </summary>
    public ImmutableArray<string> For(Policy policy, IReadOnlyList<Section> trail)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(trail);
        if (trail.Count == 0)
        {
            throw new ArgumentException("A section trail holds at least the section itself.", nameof(trail));
        }

        var section = trail[^1];
        var headings = trail.Select(s => s.Heading).ToList();
        return Select(policy, headings, () => PlainText.OfBlocks(section.Blocks), () => TermUses.In(section.Blocks));
    }

    /// <summary>The ids of the audiences for the text before a version's first heading.</summary>
    public ImmutableArray<string> ForPreamble(Policy policy, ImmutableArray<Block> preamble)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Select(policy, [], () => PlainText.OfBlocks(preamble), () => TermUses.In(preamble));
    }

    /// <summary>The ids of the audiences that read change memos.</summary>
    public ImmutableArray<string> ForMemo() => [.. Audiences.Where(a => a.IncludesMemos).Select(a => a.Id)];

    /// <summary>Whether <paramref name="rule"/> selects a section with these headings (its own last), own text and defined terms.</summary>
    public static bool Selects(SectionRule rule, IReadOnlyList<string> headings, string text, IReadOnlyCollection<string> termIds)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(termIds);
        return rule.Headings.Any(h => headings.Any(heading => heading.Contains(h, StringComparison.OrdinalIgnoreCase)))
            || rule.Phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))
            || rule.Terms.Any(termIds.Contains);
    }

    private ImmutableArray<string> Select(Policy policy, IReadOnlyList<string> headings, Func<string> text, Func<ImmutableArray<string>> termIds)
    {
        // Text and term uses are computed once, and only when a rule needs them.
        var ownText = new Lazy<string>(text);
        var ownTerms = new Lazy<ImmutableArray<string>>(termIds);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var audience in Audiences)
        {
            var readsWholePolicy = policy.Metadata.Audiences.Contains(audience.Id) || audience.Documents.Contains(policy.Id);
            if (readsWholePolicy || audience.SectionRules.Any(rule => rule.Document == policy.Id && Selects(rule, headings, ownText.Value, ownTerms.Value)))
            {
                result.Add(audience.Id);
            }
        }

        return result.ToImmutable();
    }
}
