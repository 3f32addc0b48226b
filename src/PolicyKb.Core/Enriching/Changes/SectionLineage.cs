using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Which sections of a policy's versions are the same section, across all its versions: each section gets the key of
/// the section it was matched to in the version before it (by <see cref="VersionComparer"/>, as on change pages), or
/// a key of its own when it is new. Two versions that are far apart are then aligned section by section without
/// comparing them: a section is the one with the same key. The key is the section's id in the version it first
/// appeared in (with <c>~2</c>, <c>~3</c> when a later new section takes an id that was used before).
/// </summary>
public sealed class SectionLineage
{
    private readonly Dictionary<(string Version, string Section), string> _keys = [];

    private SectionLineage()
    {
    }

    /// <summary>The lineage of <paramref name="policy"/>, from the comparisons of its consecutive versions, oldest first.</summary>
    public static SectionLineage Of(Policy policy, IEnumerable<VersionComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var lineage = new SectionLineage();
        var byNewer = comparisons.ToDictionary(c => c.Newer.Id, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in policy.Versions)
        {
            var olderOf = new Dictionary<string, string>(StringComparer.Ordinal);
            if (byNewer.TryGetValue(version.Id, out var comparison))
            {
                foreach (var change in comparison.Sections.Where(c => c.Older is not null && c.Newer is not null))
                {
                    olderOf[change.Newer!.Id] = lineage._keys[(comparison.Older.Id, change.Older!.Id)];
                }
            }

            foreach (var section in version.Content.AllSections())
            {
                if (!olderOf.TryGetValue(section.Id, out var key))
                {
                    key = section.Id;
                    for (var n = 2; used.Contains(key); n++)
                    {
                        key = $"{section.Id}~{n}";
                    }
                }

                used.Add(key);
                lineage._keys[(version.Id, section.Id)] = key;
            }
        }

        return lineage;
    }

    /// <summary>The key of section <paramref name="sectionId"/> of version <paramref name="versionId"/>.</summary>
    public string KeyOf(string versionId, string sectionId) => _keys[(versionId, sectionId)];
}
