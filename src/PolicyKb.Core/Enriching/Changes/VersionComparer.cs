using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Compares two versions of a policy: matches their sections (<see cref="SectionMatcher"/>), tells which were added,
/// removed, moved or renamed, diffs the text of each matched pair word by word, and sums it up.
/// </summary>
public static class VersionComparer
{
    /// <summary>
    /// Some blocks' text as a comparison reads it (the words a reader sees, paragraphs separated by a blank line), with
    /// "[…]" where a recording lost a link's text: what the compare page diffs in the browser.
    /// </summary>
    public static string TextOf(IEnumerable<Block> blocks) =>
        ComparableText.Of(blocks).Text.Replace(ComparableText.MissingLinkMark.ToString(), "[…]", StringComparison.Ordinal);

    public static VersionComparison Compare(PolicyVersion older, PolicyVersion newer)
    {
        var matches = SectionMatcher.Match(older.Content, newer.Content);
        var olderTree = new Tree(older.Content);
        var newerTree = new Tree(newer.Content);
        var toOlder = new Dictionary<Section, SectionMatch>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches)
        {
            toOlder[match.Newer] = match;
        }

        var olderMatched = new HashSet<Section>(matches.Select(m => m.Older), ReferenceEqualityComparer.Instance);
        var moved = Moved(matches, olderTree, newerTree);

        var changes = new Dictionary<Section, SectionChange>(ReferenceEqualityComparer.Instance);
        foreach (var section in newerTree.Sections)
        {
            changes[section] = toOlder.TryGetValue(section, out var match)
                ? Matched(match, moved.Contains(match))
                : new SectionChange(SectionChangeKind.Added, null, section, null, false, false, TextComparison.Unchanged,
                    TextComparison.Of(ComparableText.Empty, ComparableText.Of(section.Blocks)));
        }

        // A removed section is shown after the section that preceded it in the older version, if that one is still there.
        var removedAfter = new Dictionary<Section, List<Section>>(ReferenceEqualityComparer.Instance);
        var leadingRemoved = new List<Section>();
        Section? lastMatched = null;
        foreach (var section in olderTree.Sections)
        {
            if (olderMatched.Contains(section))
            {
                lastMatched = section;
                continue;
            }

            if (lastMatched is null)
            {
                leadingRemoved.Add(section);
            }
            else
            {
                removedAfter.TryAdd(lastMatched, []);
                removedAfter[lastMatched].Add(section);
            }
        }

        var ordered = new List<SectionChange>();
        ordered.AddRange(leadingRemoved.Select(Removed));
        foreach (var section in newerTree.Sections)
        {
            var change = changes[section];
            ordered.Add(change);
            if (change.Older is not null && removedAfter.TryGetValue(change.Older, out var removed))
            {
                ordered.AddRange(removed.Select(Removed));
            }
        }

        var title = TextComparison.Of(older.Title ?? "", newer.Title ?? "");
        var preamble = TextComparison.Of(ComparableText.Of(older.Content.Preamble), ComparableText.Of(newer.Content.Preamble));
        return new VersionComparison(older.PolicyId, older, newer, title, preamble, [.. ordered], Summarize(older, newer, preamble, ordered));
    }

    private static SectionChange Removed(Section section) =>
        new(SectionChangeKind.Removed, section, null, null, false, false, TextComparison.Unchanged,
            TextComparison.Of(ComparableText.Of(section.Blocks), ComparableText.Empty));

    private static SectionChange Matched(SectionMatch match, bool moved)
    {
        var heading = TextComparison.Of(match.Older.Heading, match.Newer.Heading);
        var text = TextComparison.Of(ComparableText.Of(match.Older.Blocks), ComparableText.Of(match.Newer.Blocks));
        var renamed = heading.HasWordingChange;
        var kind = renamed ? SectionChangeKind.Renamed
            : moved ? SectionChangeKind.Moved
            : text.Change != TextChange.None ? SectionChangeKind.Changed
            : SectionChangeKind.Unchanged;
        return new SectionChange(kind, match.Older, match.Newer, match, renamed, moved, heading, text);
    }

    /// <summary>
    /// The matches whose section moved: to a parent that is not the match of its old parent, or out of order among
    /// the siblings that stayed with it. The order is judged by the longest run of siblings that kept their relative
    /// order; the others moved. A moved chapter counts as one move, not one per subsection.
    /// </summary>
    private static HashSet<SectionMatch> Moved(ImmutableArray<SectionMatch> matches, Tree olderTree, Tree newerTree)
    {
        var toNewer = new Dictionary<Section, Section>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches)
        {
            toNewer[match.Older] = match.Newer;
        }

        var moved = new HashSet<SectionMatch>();
        var stayed = new List<SectionMatch>();
        foreach (var match in matches)
        {
            var olderParent = olderTree.ParentOf(match.Older);
            var newerParent = newerTree.ParentOf(match.Newer);
            var sameParent = olderParent is null
                ? newerParent is null
                : newerParent is not null && toNewer.TryGetValue(olderParent, out var counterpart) && ReferenceEquals(counterpart, newerParent);
            if (sameParent)
            {
                stayed.Add(match);
            }
            else
            {
                moved.Add(match);
            }
        }

        foreach (var siblings in stayed.GroupBy(m => (object?)newerTree.ParentOf(m.Newer) ?? newerTree))
        {
            var inNewerOrder = siblings.OrderBy(m => newerTree.IndexOf(m.Newer)).ToList();
            var kept = LongestIncreasing(inNewerOrder.Select(m => olderTree.IndexOf(m.Older)).ToList());
            for (var i = 0; i < inNewerOrder.Count; i++)
            {
                if (!kept.Contains(i))
                {
                    moved.Add(inNewerOrder[i]);
                }
            }
        }

        return moved;
    }

    /// <summary>The positions of a longest strictly increasing subsequence (patience sorting, O(n log n)).</summary>
    private static HashSet<int> LongestIncreasing(List<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (values[tails[middle]] < values[i])
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var result = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Add(i);
        }

        return result;
    }

    private static ChangeSummary Summarize(PolicyVersion older, PolicyVersion newer, TextComparison preamble, List<SectionChange> sections)
    {
        var olderTerms = TermUses.Of(older.Content);
        var newerTerms = TermUses.Of(newer.Content);
        return new ChangeSummary(
            Added: sections.Count(s => s.Kind == SectionChangeKind.Added),
            Removed: sections.Count(s => s.Kind == SectionChangeKind.Removed),
            Moved: sections.Count(s => s.Moved),
            Renamed: sections.Count(s => s.Renamed),
            Changed: sections.Count(s => s.Older is not null && s.Newer is not null && s.Text.HasWordingChange),
            ChangedCosmetically: sections.Count(s => s.Older is not null && s.Newer is not null && s.Text.IsCosmeticOnly),
            Unchanged: sections.Count(s => s.Kind == SectionChangeKind.Unchanged),
            WordsAdded: preamble.Diff.WordsAdded + sections.Sum(s => s.Text.Diff.WordsAdded),
            WordsRemoved: preamble.Diff.WordsRemoved + sections.Sum(s => s.Text.Diff.WordsRemoved),
            TermsAppeared: [.. newerTerms.Except(olderTerms, StringComparer.Ordinal)],
            TermsDisappeared: [.. olderTerms.Except(newerTerms, StringComparer.Ordinal)]);
    }

    /// <summary>The sections of one version in document order, with each one's parent and position among its siblings.</summary>
    private sealed class Tree
    {
        private readonly Dictionary<Section, Section?> _parents = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Section, int> _indexes = new(ReferenceEqualityComparer.Instance);

        public Tree(DocumentContent content)
        {
            Sections = [.. content.AllSections()];
            Add(content.Sections, null);
        }

        public ImmutableArray<Section> Sections { get; }

        public Section? ParentOf(Section section) => _parents[section];

        public int IndexOf(Section section) => _indexes[section];

        private void Add(ImmutableArray<Section> siblings, Section? parent)
        {
            for (var i = 0; i < siblings.Length; i++)
            {
                _parents[siblings[i]] = parent;
                _indexes[siblings[i]] = i;
                Add(siblings[i].Children, siblings[i]);
            }
        }
    }
}
