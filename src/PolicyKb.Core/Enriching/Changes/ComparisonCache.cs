using System.Runtime.CompilerServices;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// The comparisons an earlier build of this process made (<c>serve</c> keeps one across its rebuilds), by the two
/// linked versions compared (the same objects: see <see cref="Terms.TermLinkCache"/>). A comparison is a function of
/// its two versions alone, so a pair that is the same pair of objects is not compared again.
/// </summary>
public sealed class ComparisonCache
{
    private readonly ConditionalWeakTable<PolicyVersion, Compared> _byNewer = new();
    private int _reused;

    /// <summary>How many comparisons were taken from the cache since it was made.</summary>
    public int Reused => _reused;

    internal VersionComparison Compare(PolicyVersion older, PolicyVersion newer)
    {
        if (_byNewer.TryGetValue(newer, out var kept) && ReferenceEquals(kept.Older, older))
        {
            Interlocked.Increment(ref _reused);
            return kept.Comparison;
        }

        var comparison = VersionComparer.Compare(older, newer);
        _byNewer.AddOrUpdate(newer, new Compared(older, comparison));
        return comparison;
    }

    private sealed record Compared(PolicyVersion Older, VersionComparison Comparison);
}
