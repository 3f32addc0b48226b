using PolicyKb.Words;

namespace PolicyKb.Importing.Structure;

/// <summary>
/// Section ids: the slug of the heading. A heading that occurs more than once in a version ("Take control",
/// "Learn more") is qualified by its parent's slug, so its id depends on where it is rather than on how many came
/// before it, and a deep link survives a version that adds one more elsewhere. Numbers are the last resort.
/// </summary>
public static class SectionIds
{
    /// <summary>Ids the site's own pages use; a section never takes one of them.</summary>
    public static readonly ImmutableHashSet<string> Reserved =
        ["main", "top", "contents", "search", "site-header", "site-footer", "versions", "audience", "filter", "content"];

    /// <summary>Gives ids to sections listed in document order as (heading, parent heading).</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<(string Heading, string? ParentHeading)> sections)
    {
        var bases = sections.Select(s => Slug.From(s.Heading)).ToList();
        var counts = bases.GroupBy(b => b, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var candidate = bases[i];
            if (counts[candidate] > 1 && sections[i].ParentHeading is { } parent)
            {
                candidate = Slug.From(parent) + "-" + candidate;
            }

            if (Reserved.Contains(candidate))
            {
                candidate += "-section";
            }

            var id = candidate;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{candidate}-{n}";
            }

            ids.Add(id);
        }

        return ids;
    }
}
