using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>Where each defined term is used in the current versions: read from the term references in the model.</summary>
public static class TermUses
{
    /// <summary>For each term id, the (policy, section) pairs of current versions whose own blocks reference it, in document order.</summary>
    public static IReadOnlyDictionary<string, List<(Policy Policy, Section Section)>> InCurrentVersions(KnowledgeBase knowledgeBase)
    {
        var uses = new Dictionary<string, List<(Policy, Section)>>(StringComparer.Ordinal);
        foreach (var policy in knowledgeBase.Policies)
        {
            foreach (var section in policy.Current.Content.AllSections())
            {
                foreach (var termId in Referenced(section.Blocks).Distinct(StringComparer.Ordinal))
                {
                    if (!uses.TryGetValue(termId, out var list))
                    {
                        uses[termId] = list = [];
                    }

                    list.Add((policy, section));
                }
            }
        }

        return uses;
    }

    /// <summary>The term ids referenced in blocks, in order, with repeats.</summary>
    public static IEnumerable<string> Referenced(IEnumerable<Block> blocks) => blocks.SelectMany(Referenced);

    private static IEnumerable<string> Referenced(Block block) => block switch
    {
        Paragraph p => p.Inlines.SelectMany(Referenced),
        ListBlock l => l.Items.SelectMany(i => i.Blocks).SelectMany(Referenced),
        Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).SelectMany(Referenced),
        Quote q => q.Blocks.SelectMany(Referenced),
        Address a => a.Lines.SelectMany(line => line.SelectMany(Referenced)),
        Figure f => f.Caption.SelectMany(Referenced),
        _ => [],
    };

    private static IEnumerable<string> Referenced(Inline inline) => inline switch
    {
        TermReference r => r.Children.SelectMany(Referenced).Prepend(r.TermId),
        Emphasis e => e.Children.SelectMany(Referenced),
        Link l => l.Children.SelectMany(Referenced),
        _ => [],
    };
}
