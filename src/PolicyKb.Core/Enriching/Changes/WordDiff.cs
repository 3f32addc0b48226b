using System.Text;
using DiffPlex;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// A word-level diff of two texts (DiffPlex over words and punctuation marks): runs a renderer marks up as kept,
/// inserted or deleted, each inserted or deleted run labelled with its <see cref="ChangeNature"/>, and
/// <see cref="Change"/>, every kind of difference found (white space is compared, but never shown as a run).
/// </summary>
public sealed record WordDiff(ImmutableArray<DiffRun> Runs, TextChange Change)
{
    private const char Separator = '\u0001';
    private const string MissingLinkKey = "\u0002missing-link";

    public static WordDiff Empty { get; } = new([], TextChange.None);

    /// <summary>Words in inserted runs that change the wording (style-only runs and lost link text are not counted).</summary>
    public int WordsAdded => Runs.Where(r => r.Kind == DiffRunKind.Inserted && r.IsWordingChange).Sum(r => r.Words);

    /// <summary>Words in deleted runs that change the wording.</summary>
    public int WordsRemoved => Runs.Where(r => r.Kind == DiffRunKind.Deleted && r.IsWordingChange).Sum(r => r.Words);

    /// <summary>The diff of two plain texts.</summary>
    public static WordDiff Between(string older, string newer) =>
        Between(ComparableText.Of(older).Tokens, ComparableText.Of(newer).Tokens);

    internal static WordDiff Between(ImmutableArray<TextToken> older, ImmutableArray<TextToken> newer)
    {
        var runs = new List<DiffRun>();
        var change = TextChange.None;
        if (older.IsEmpty || newer.IsEmpty)
        {
            change |= AddHunk(runs, older.AsSpan(), newer.AsSpan());
            return new WordDiff([.. runs], change);
        }

        var result = Differ.Instance.CreateDiffs(Keys(older), Keys(newer), ignoreWhiteSpace: false, ignoreCase: false, new SeparatorChunker());
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            change |= AddEqual(runs, older.AsSpan(a, block.DeleteStartA - a), newer.AsSpan(b, block.InsertStartB - b), a == 0 || b == 0);
            change |= AddHunk(runs, older.AsSpan(block.DeleteStartA, block.DeleteCountA), newer.AsSpan(block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        change |= AddEqual(runs, older.AsSpan()[a..], newer.AsSpan()[b..], a == 0 || b == 0);
        return new WordDiff([.. runs], change);
    }

    private static string Keys(ImmutableArray<TextToken> tokens) =>
        string.Join(Separator, tokens.Select(t => t.Kind == TextTokenKind.MissingLink ? MissingLinkKey : t.Value.Replace(Separator, '\uFFFD')));

    /// <summary>
    /// Adds a kept run (with the newer version's spacing); reports white space that differs between the two.
    /// <paramref name="atStart"/>: the run begins one of the texts, whose first token has no space before it.
    /// </summary>
    private static TextChange AddEqual(List<DiffRun> runs, ReadOnlySpan<TextToken> older, ReadOnlySpan<TextToken> newer, bool atStart)
    {
        var change = TextChange.None;
        for (var i = atStart ? 1 : 0; i < newer.Length; i++)
        {
            if (older[i].Leading != newer[i].Leading)
            {
                change |= TextChange.Whitespace;
            }
        }

        if (atStart && runs.Count > 0 && newer.Length > 0 && newer[0].Leading.Length == 0)
        {
            // Kept text after a deletion at the very start of the newer text: show it spaced as in the older one.
            var spaced = newer.ToArray();
            spaced[0] = spaced[0] with { Leading = older[0].Leading };
            newer = spaced;
        }

        Append(runs, DiffRunKind.Equal, ChangeNature.None, newer);
        return change;
    }

    /// <summary>Adds the deleted and inserted runs of one hunk, labelled by what the change amounts to.</summary>
    private static TextChange AddHunk(List<DiffRun> runs, ReadOnlySpan<TextToken> older, ReadOnlySpan<TextToken> newer)
    {
        if (older.IsEmpty && newer.IsEmpty)
        {
            return TextChange.None;
        }

        var nature = NatureOf(older, newer);
        if (StartsParagraph(older) && !newer.IsEmpty && !StartsParagraph(newer))
        {
            // The deleted text opens a paragraph and the inserted text does not: the insertion ends the paragraph
            // before (as the newer version reads), so it comes first, not after the deleted paragraph's break.
            Append(runs, DiffRunKind.Inserted, nature, newer);
            Append(runs, DiffRunKind.Deleted, nature, older);
        }
        else
        {
            Append(runs, DiffRunKind.Deleted, nature, older);
            Append(runs, DiffRunKind.Inserted, nature, newer);
        }

        return nature switch
        {
            ChangeNature.PunctuationStyle => TextChange.PunctuationStyle,
            ChangeNature.LostLinkText => TextChange.LostLinkText,
            _ => TextChange.Wording,
        };
    }

    private static bool StartsParagraph(ReadOnlySpan<TextToken> tokens) =>
        !tokens.IsEmpty && tokens[0].Leading.Contains("\n\n", StringComparison.Ordinal);

    private static ChangeNature NatureOf(ReadOnlySpan<TextToken> older, ReadOnlySpan<TextToken> newer)
    {
        var olderOnlyLostLinks = OnlyMissingLinks(older);
        var newerOnlyLostLinks = OnlyMissingLinks(newer);
        if ((olderOnlyLostLinks && !older.IsEmpty) || (newerOnlyLostLinks && !newer.IsEmpty))
        {
            // One side recorded a link without its words: whatever the other side says there cannot be compared.
            return ChangeNature.LostLinkText;
        }

        return !older.IsEmpty && !newer.IsEmpty && PunctuationStyle.Fold(Concat(older)) == PunctuationStyle.Fold(Concat(newer))
            ? ChangeNature.PunctuationStyle
            : ChangeNature.Wording;
    }

    private static bool OnlyMissingLinks(ReadOnlySpan<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TextTokenKind.MissingLink)
            {
                return false;
            }
        }

        return true;
    }

    private static string Concat(ReadOnlySpan<TextToken> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind != TextTokenKind.MissingLink)
            {
                builder.Append(token.Value);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends tokens as one run, merged into the previous run when it has the same kind and nature. A link whose text
    /// the recording lost stays in the run as <see cref="ComparableText.MissingLinkMark"/> (shown as the policy page
    /// shows it), except where the other version has the link's text: that run says only that the text was lost.
    /// </summary>
    private static void Append(List<DiffRun> runs, DiffRunKind kind, ChangeNature nature, ReadOnlySpan<TextToken> tokens)
    {
        var text = new StringBuilder();
        var words = 0;
        var afterMark = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TextTokenKind.MissingLink && nature == ChangeNature.LostLinkText)
            {
                continue;
            }

            // The text keeps a space either side of a mark (see ComparableText): one is enough to show.
            var mark = token.Kind == TextTokenKind.MissingLink;
            var leading = (mark || afterMark) && token.Leading.Length > 1 && !token.Leading.Contains('\n', StringComparison.Ordinal) ? " " : token.Leading;
            text.Append(leading).Append(token.Value);
            afterMark = mark;
            words += token.Kind == TextTokenKind.Word ? 1 : 0;
        }

        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Kind == kind && runs[^1].Nature == nature)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text, Words = runs[^1].Words + words };
            return;
        }

        runs.Add(new DiffRun(kind, text.ToString(), nature, words));
    }

    /// <summary>Splits the joined token keys back into tokens, so DiffPlex compares whole words and marks.</summary>
    private sealed class SeparatorChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split(Separator);
    }
}
