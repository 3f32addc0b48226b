using Markdig.Syntax.Inlines;
using PolicyKb.Model;
using PolicyKb.Words;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using ModelInline = PolicyKb.Model.Inline;
using ModelText = PolicyKb.Model.Text;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Converts Markdig inlines to model inlines. Raw HTML tags are interpreted by <see cref="InlineTags"/> through the
/// allow-list in <see cref="HtmlElements"/>: the model never holds markup, so nothing from a document reaches a page unescaped.
/// </summary>
internal sealed class MarkdownInlineConverter(string? baseUrl)
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
            var run = new InlineTags(baseUrl);
            foreach (var inline in container)
            {
                Visit(inline, run);
            }

            return run.Finish();
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

    private void Visit(Markdig.Syntax.Inlines.Inline inline, InlineTags top)
    {
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
                VisitChildren(delimiter, top);
                break;
            case HtmlInline html:
                top.Tag(html.Tag, MaxDepth);
                break;
            case DelimiterInline other:
                top.Add(new ModelText(other.ToLiteral()));
                break;
            case ContainerInline nested:
                VisitChildren(nested, top);
                break;
            default:
                top.Add(new ModelText(inline.ToString() ?? ""));
                break;
        }
    }

    private void VisitChildren(ContainerInline container, InlineTags run)
    {
        if (_depth >= MaxDepth)
        {
            run.Add(new ModelText(FlatText(container)));
            return;
        }

        _depth++;
        try
        {
            foreach (var child in container)
            {
                Visit(child, run);
            }
        }
        finally
        {
            _depth--;
        }
    }
}
