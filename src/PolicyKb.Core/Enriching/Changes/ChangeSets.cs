using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// The build artifact with one comparison per pair of consecutive versions of every policy, ordered by policy id
/// and then by date. Change pages, the feed and the glossary's "used in" lists are rendered from it.
/// </summary>
public sealed record ChangeSets(ImmutableArray<VersionComparison> Comparisons)
{
    public static ChangeSets Empty { get; } = new([]);

    /// <summary>The comparisons of one policy, oldest first.</summary>
    public IEnumerable<VersionComparison> ForPolicy(string policyId) => Comparisons.Where(c => c.PolicyId == policyId);

    /// <summary>The comparison that leads to <paramref name="version"/> from the version before it; null for a first version.</summary>
    public VersionComparison? Into(PolicyVersion version) =>
        Comparisons.FirstOrDefault(c => c.PolicyId == version.PolicyId && c.Newer.Id == version.Id);

    /// <summary>The comparison that leads from <paramref name="version"/> to the version after it; null for a current version.</summary>
    public VersionComparison? From(PolicyVersion version) =>
        Comparisons.FirstOrDefault(c => c.PolicyId == version.PolicyId && c.Older.Id == version.Id);

    /// <summary>
    /// Compares every pair of consecutive versions of every policy of <paramref name="knowledgeBase"/>; with a
    /// <paramref name="cache"/>, a pair compared before is taken from it.
    /// </summary>
    public static ChangeSets Of(KnowledgeBase knowledgeBase, ComparisonCache? cache = null)
    {
        var pairs = knowledgeBase.Policies
            .SelectMany(p => p.Versions.Zip(p.Versions.Skip(1), (older, newer) => (Older: older, Newer: newer)))
            .ToList();
        var comparisons = new VersionComparison[pairs.Count];
        Parallel.For(0, pairs.Count, i => comparisons[i] = cache is null
            ? VersionComparer.Compare(pairs[i].Older, pairs[i].Newer)
            : cache.Compare(pairs[i].Older, pairs[i].Newer));
        return new ChangeSets([.. comparisons]);
    }
}
