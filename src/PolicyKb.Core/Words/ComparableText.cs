using System.Text;
using PolicyKb.Model;

namespace PolicyKb.Words;

/// <summary>
/// The text of some blocks as the comparison sees it: the words a reader sees, a mark where a plain-text recording
/// lost a link's text, the link targets in reading order, and the defined terms used.
/// </summary>
internal sealed class ComparableText
{
    /// <summary>Stands in the text for a <see cref="MissingLink"/>: a private-use character, so no real text collides with it.</summary>
    public const char MissingLinkMark = '\uE000';

    private ComparableText(string text, ImmutableArray<string> linkTargets, ImmutableArray<string> termIds)
    {
        Text = text;
        LinkTargets = linkTargets;
        TermIds = termIds;
        Tokens = TextTokens.Of(text);
    }

    public static ComparableText Empty { get; } = new("", [], []);

    public string Text { get; }

    public ImmutableArray<TextToken> Tokens { get; }

    public ImmutableArray<string> LinkTargets { get; }

    public ImmutableArray<string> TermIds { get; }

    public int WordCount => Tokens.Count(t => t.Kind == TextTokenKind.Word);

    public static ComparableText Of(IEnumerable<Block> blocks)
    {
        var walker = new Walker();
        foreach (var block in blocks)
        {
            walker.Block(block);
            walker.EndBlock();
        }

        return walker.Result();
    }

    /// <summary>The number of words of some blocks, as <see cref="WordCount"/> counts them, without keeping their tokens.</summary>
    public static int CountWords(IEnumerable<Block> blocks)
    {
        var walker = new Walker();
        foreach (var block in blocks)
        {
            walker.Block(block);
            walker.EndBlock();
        }

        return TextTokens.CountWords(walker.Text);
    }

    public static ComparableText Of(string text) => new(text.Replace(MissingLinkMark, ' '), [], []);

    /// <summary>Blocks are separated by a blank line and list items or table cells by a line break, as <see cref="PlainText"/> does.</summary>
    private sealed class Walker
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _targets = [];
        private readonly SortedSet<string> _terms = new(StringComparer.Ordinal);

        public string Text => _text.ToString();

        public ComparableText Result() => new(_text.ToString().Trim(), [.. _targets], [.. _terms]);

        public void EndBlock()
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }
        }

        // Its own recursion over the walker's child blocks, as PlainText's: a container ends each block inside it
        // with a line break, at every depth.
        public void Block(Block block)
        {
            switch (block)
            {
                case Paragraph p:
                    Inlines(p.Inlines);
                    break;
                case Address address:
                    foreach (var line in address.Lines)
                    {
                        Inlines(line);
                        _text.Append('\n');
                    }

                    break;
                case Figure figure:
                    // A caption is text of the policy; alt text describes a picture, and recordings keep or drop
                    // pictures at random, so a changed or missing alt text is not a change in the policy.
                    Inlines(figure.Caption);

                    if (figure.Target is not null)
                    {
                        _targets.Add(figure.Target);
                    }

                    break;
                case CodeBlock code:
                    _text.Append(code.Text);
                    break;
                default:
                    foreach (var child in block.ChildBlocks())
                    {
                        Block(child);
                        _text.Append('\n');
                    }

                    break;
            }
        }

        private void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines.Descendants<Inline>())
            {
                switch (inline)
                {
                    case Text t: _text.Append(t.Value.Replace(MissingLinkMark, ' ')); break;
                    case Code c: _text.Append(c.Value.Replace(MissingLinkMark, ' ')); break;
                    case LineBreak: _text.Append('\n'); break;
                    case Link l: _targets.Add(l.Target); break;
                    case TermReference r: _terms.Add(r.TermId); break;
                    case MissingLink:
                        // Spaced so the mark is a token of its own, never glued to a neighbouring word.
                        _text.Append(' ').Append(MissingLinkMark).Append(' ');
                        break;
                }
            }
        }
    }
}
