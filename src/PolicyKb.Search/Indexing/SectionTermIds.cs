using PolicyKb.Model;

namespace PolicyKb.Search.Indexing;

/// <summary>The defined terms a section's own blocks use: the ids of their <see cref="TermReference"/> inlines, in order of first use.</summary>
internal static class SectionTermIds
{
    public static ImmutableArray<string> In(IEnumerable<Block> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. blocks.Descendants<TermReference>().Select(r => r.TermId).Where(seen.Add)];
    }
}
