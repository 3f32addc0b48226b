using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using PolicyKb.Model;
using PolicyKb.Words;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using ModelInline = PolicyKb.Model.Inline;
using ModelText = PolicyKb.Model.Text;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Converts Markdig inlines to model inlines. Raw HTML is interpreted through the allow-list in
/// <see cref="HtmlElements"/>: the model never holds markup, so nothing from a document reaches a page unescaped.
/// </summary>
internal sealed partial class MarkdownInlineConverter(string? baseUrl)
{
    /// <summary>
    /// How deep emphasis, links and inline HTML may nest in the model. Real documents nest three or four levels;
    /// a hostile one (a line of a million <c>*</c> or <c>&lt;b&gt;</c>) would otherwise nest a million levels and
    /// overflow the stack of every recursive reader of the model. Deeper nesting is kept as its text.
    /// </summary>
    public const int MaxDepth = 32;

    private int _depth;

    public ImmutableArray<ModelInline> Convert(ContainerInline? container)
    {
        if (container is null)
        {
            return [];
        }

        if (_depth >= MaxDepth)
        {
            return Inlines.Normalize([new ModelText(FlatText(container))]);
        }

        _depth++;
        try
        {
            var stack = new Stack<Frame>();
            var root = new Frame(FrameKind.Root, "", null);
            stack.Push(root);
            foreach (var inline in container)
            {
                Visit(inline, stack);
            }

            while (stack.Count > 1)
            {
                Close(stack);
            }

            return Inlines.Normalize(root.Children);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The text of inlines nested deeper than <see cref="MaxDepth"/>, read without recursion.</summary>
    private static string FlatText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        var pending = new Stack<Markdig.Syntax.Inlines.Inline>();
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }

        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(TextCleaner.ForBody(literal.Content.ToString()));
                    break;
                case CodeInline code:
                    text.Append(TextCleaner.ForBody(code.Content));
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline nested:
                    for (var child = nested.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private void Visit(Markdig.Syntax.Inlines.Inline inline, Stack<Frame> stack)
    {
        var top = stack.Peek();
        switch (inline)
        {
            case LiteralInline literal:
                top.Add(new ModelText(TextCleaner.ForBody(literal.Content.ToString())));
                break;
            case CodeInline code:
                top.Add(new Code(TextCleaner.ForBody(code.Content)));
                break;
            case LineBreakInline lineBreak:
                top.Add(lineBreak.IsHard ? new LineBreak() : new ModelText(" "));
                break;
            case HtmlEntityInline entity:
                top.Add(new ModelText(entity.Transcoded.ToString()));
                break;
            case AutolinkInline autolink:
                var autoTarget = LinkTarget.Resolve(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, baseUrl);
                top.Add(autoTarget is null ? new ModelText(autolink.Url) : new Link(autoTarget, [new ModelText(autolink.Url)]));
                break;
            case MdLink { IsImage: true } image:
                var alt = PlainText.Of(Convert(image)).Trim();
                if (alt.Length > 0)
                {
                    top.Add(new ModelText(alt));
                }

                break;
            case MdLink link:
                var children = Convert(link);
                if (Inlines.IsBlank(children))
                {
                    break; // an empty-text link ("[](#x)") is an anchor of the original page, not content
                }

                var target = LinkTarget.Resolve(link.Url, baseUrl);
                if (target is null)
                {
                    top.AddRange(children);
                }
                else
                {
                    top.Add(new Link(target, children));
                }

                break;
            case EmphasisInline emphasis:
                var inner = Convert(emphasis);
                if (emphasis.DelimiterChar is '*' or '_')
                {
                    top.Add(new Emphasis(emphasis.DelimiterCount >= 2 ? EmphasisKind.Strong : EmphasisKind.Em, inner));
                }
                else
                {
                    top.AddRange(inner);
                }

                break;
            case LinkDelimiterInline delimiter:
                top.Add(new ModelText(delimiter.IsImage ? "![" : "["));
                VisitChildren(delimiter, stack);
                break;
            case HtmlInline html:
                VisitHtml(html.Tag, stack);
                break;
            case DelimiterInline other:
                top.Add(new ModelText(other.ToLiteral()));
                break;
            case ContainerInline nested:
                VisitChildren(nested, stack);
                break;
            default:
                top.Add(new ModelText(inline.ToString() ?? ""));
                break;
        }
    }

    private void VisitChildren(ContainerInline container, Stack<Frame> stack)
    {
        if (_depth >= MaxDepth)
        {
            stack.Peek().Add(new ModelText(FlatText(container)));
            return;
        }

        _depth++;
        try
        {
            foreach (var child in container)
            {
                Visit(child, stack);
            }
        }
        finally
        {
            _depth--;
        }
    }

    private void VisitHtml(string tag, Stack<Frame> stack)
    {
        if (tag.StartsWith("<!--", StringComparison.Ordinal) || tag.StartsWith("<?", StringComparison.Ordinal) ||
            tag.StartsWith("<!", StringComparison.Ordinal))
        {
            return;
        }

        var match = TagPattern().Match(tag);
        if (!match.Success || !HtmlElements.Known.Contains(match.Groups["name"].Value))
        {
            stack.Peek().Add(new ModelText(tag)); // angle-bracket text that is not HTML, e.g. "<EU Representative>"
            return;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        var closing = match.Groups["close"].Success;
        if (closing)
        {
            if (stack.Any(f => f.Name == name))
            {
                while (stack.Peek().Name != name)
                {
                    Close(stack);
                }

                Close(stack);
            }

            return;
        }

        // Inside an element dropped with its content nothing is kept, so nothing more needs a frame; and beyond
        // MaxDepth an element only keeps its text. Both keep the stack (and the search for a closing tag) short.
        if (stack.Peek().Kind == FrameKind.Drop || (stack.Count > MaxDepth && !HtmlElements.DroppedWithContent.Contains(name)))
        {
            return;
        }

        var selfClosing = tag.EndsWith("/>", StringComparison.Ordinal);
        switch (name)
        {
            case "br":
                stack.Peek().Add(new LineBreak());
                return;
            case "img":
                var alt = Attribute(match.Groups["attrs"].Value, "alt");
                if (!string.IsNullOrWhiteSpace(alt))
                {
                    stack.Peek().Add(new ModelText(alt));
                }

                return;
            case "hr" or "wbr" or "input" or "meta" or "link" or "base" or "col" or "area" or "source" or "track" or "param":
                return;
        }

        if (selfClosing)
        {
            return;
        }

        var frame = name switch
        {
            "a" => new Frame(FrameKind.Link, name, LinkTarget.Resolve(Attribute(match.Groups["attrs"].Value, "href"), baseUrl)),
            "b" or "strong" => new Frame(FrameKind.Strong, name, null),
            "i" or "em" or "cite" or "dfn" => new Frame(FrameKind.Em, name, null),
            "code" or "kbd" or "samp" or "tt" => new Frame(FrameKind.Code, name, null),
            _ when HtmlElements.DroppedWithContent.Contains(name) => new Frame(FrameKind.Drop, name, null),
            _ => new Frame(FrameKind.Transparent, name, null),
        };
        stack.Push(frame);
    }

    private static void Close(Stack<Frame> stack)
    {
        var frame = stack.Pop();
        var parent = stack.Peek();
        var children = Inlines.Normalize(frame.Children);
        switch (frame.Kind)
        {
            case FrameKind.Link when frame.Target is not null && !Inlines.IsBlank(children):
                parent.Add(new Link(frame.Target, children));
                break;
            case FrameKind.Strong:
                parent.Add(new Emphasis(EmphasisKind.Strong, children));
                break;
            case FrameKind.Em:
                parent.Add(new Emphasis(EmphasisKind.Em, children));
                break;
            case FrameKind.Code:
                parent.Add(new Code(PlainText.Of(children)));
                break;
            case FrameKind.Drop:
                break;
            default:
                parent.AddRange(frame.Children);
                break;
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match match in AttributePattern().Matches(attributes))
        {
            if (string.Equals(match.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                var value = match.Groups["dq"].Success ? match.Groups["dq"].Value
                    : match.Groups["sq"].Success ? match.Groups["sq"].Value
                    : match.Groups["bare"].Value;
                return WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attrs>[^>]*)>$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+))")]
    private static partial Regex AttributePattern();

    private enum FrameKind
    {
        Root,
        Link,
        Strong,
        Em,
        Code,
        Drop,
        Transparent,
    }

    private sealed class Frame(FrameKind kind, string name, string? target)
    {
        public FrameKind Kind { get; } = kind;

        public string Name { get; } = name;

        public string? Target { get; } = target;

        public List<ModelInline> Children { get; } = [];

        public void Add(ModelInline inline) => Children.Add(inline);

        public void AddRange(IEnumerable<ModelInline> inlines) => Children.AddRange(inlines);
    }
}
