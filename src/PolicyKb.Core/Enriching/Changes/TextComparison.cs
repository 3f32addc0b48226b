using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// How the text of a section (or a preamble) changed: every kind of difference, the word diff to show, and the
/// link targets that disappeared or appeared. A renderer shows <see cref="IsCosmeticOnly"/> changes apart from
/// changes in wording.
/// </summary>
public sealed record TextComparison(TextChange Change, WordDiff Diff, ImmutableArray<string> LinkTargetsRemoved, ImmutableArray<string> LinkTargetsAdded)
{
    public static TextComparison Unchanged { get; } = new(TextChange.None, WordDiff.Empty, [], []);

    public bool HasWordingChange => Change.HasFlag(TextChange.Wording);

    /// <summary>Something differs, but only white space, punctuation style, link targets or link text a recording lost.</summary>
    public bool IsCosmeticOnly => Change != TextChange.None && !HasWordingChange;

    public static TextComparison Of(IEnumerable<Block> older, IEnumerable<Block> newer) =>
        Of(ComparableText.Of(older), ComparableText.Of(newer));

    public static TextComparison Of(string older, string newer) =>
        Of(ComparableText.Of(older), ComparableText.Of(newer));

    internal static TextComparison Of(ComparableText older, ComparableText newer)
    {
        var diff = WordDiff.Between(older.Tokens, newer.Tokens);
        var change = diff.Change;
        var (removed, added) = LinkTargetChanges(older, newer);
        if (!removed.IsEmpty || !added.IsEmpty || (LinkTargetsComparable(older, newer) && !older.LinkTargets.SequenceEqual(newer.LinkTargets)))
        {
            change |= TextChange.LinkTargets;
        }

        return change == TextChange.None ? Unchanged with { Diff = diff } : new TextComparison(change, diff, removed, added);
    }

    /// <summary>
    /// Targets only in the older text, and only in the newer one (counted, so a link repeated once more shows).
    /// A plain-text recording has no targets at all, only places where links were: there, targets cannot be compared.
    /// </summary>
    private static (ImmutableArray<string> Removed, ImmutableArray<string> Added) LinkTargetChanges(ComparableText older, ComparableText newer)
    {
        if (!LinkTargetsComparable(older, newer))
        {
            return ([], []);
        }

        return ([.. Except(older.LinkTargets, newer.LinkTargets)], [.. Except(newer.LinkTargets, older.LinkTargets)]);
    }

    private static bool LinkTargetsComparable(ComparableText older, ComparableText newer) =>
        !IsRecordingWithoutTargets(older) && !IsRecordingWithoutTargets(newer);

    private static bool IsRecordingWithoutTargets(ComparableText text) =>
        text.LinkTargets.IsEmpty && text.Tokens.Any(t => t.Kind == TextTokenKind.MissingLink);

    private static IEnumerable<string> Except(ImmutableArray<string> items, ImmutableArray<string> others)
    {
        var remaining = others.GroupBy(o => o, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (remaining.TryGetValue(item, out var count) && count > 0)
            {
                remaining[item] = count - 1;
            }
            else
            {
                yield return item;
            }
        }
    }
}
