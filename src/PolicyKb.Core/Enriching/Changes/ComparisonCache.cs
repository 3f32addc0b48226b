using System.Runtime.CompilerServices;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// The comparisons an earlier build of this process made (<c>serve</c> keeps one across its rebuilds), by the linked
/// contents of the two versions compared (the same objects for versions whose files did not change: see
/// <see cref="Terms.TermLinkCache"/>) and their titles, which is all a comparison reads of them: such a pair is not
/// compared again, and its comparison is given the versions of this build.
/// </summary>
public sealed class ComparisonCache
{
    private readonly ConditionalWeakTable<DocumentContent, Compared> _byNewer = new();
    private int _reused;

    /// <summary>How many comparisons were taken from the cache since it was made.</summary>
    public int Reused => _reused;

    internal VersionComparison Compare(PolicyVersion older, PolicyVersion newer)
    {
        var titles = string.Join('\n', older.PolicyId, older.Title ?? "", newer.Title ?? "");
        if (_byNewer.TryGetValue(newer.Content, out var kept) && ReferenceEquals(kept.Older, older.Content) && kept.Titles == titles)
        {
            Interlocked.Increment(ref _reused);
            return kept.Comparison with { Older = older, Newer = newer };
        }

        var comparison = VersionComparer.Compare(older, newer);
        _byNewer.AddOrUpdate(newer.Content, new Compared(older.Content, titles, comparison));
        return comparison;
    }

    private sealed record Compared(DocumentContent Older, string Titles, VersionComparison Comparison);
}
