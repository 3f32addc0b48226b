using System.Net;
using System.Text.RegularExpressions;
using PolicyKb.Model;
using ModelInline = PolicyKb.Model.Inline;
using ModelText = PolicyKb.Model.Text;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// The raw HTML tags of one run of Markdown inlines, which Markdig leaves as separate pieces between the other
/// inlines: an opening tag opens an element, its closing tag (or the end of the run) closes it into a model node as
/// <see cref="HtmlElements.InlineOf"/> says. What the run's other inlines become is added to the innermost open element.
/// </summary>
internal sealed partial class InlineTags(string? baseUrl)
{
    private readonly Stack<Element> _open = new([new Element(HtmlInlineKind.Transparent, "", null)]);

    /// <summary>How many elements are open, the run itself included.</summary>
    public int Depth => _open.Count;

    public void Add(ModelInline inline) => _open.Peek().Children.Add(inline);

    public void AddRange(IEnumerable<ModelInline> inlines) => _open.Peek().Children.AddRange(inlines);

    /// <summary>Closes every element still open and returns the run's inlines.</summary>
    public ImmutableArray<ModelInline> Finish()
    {
        while (_open.Count > 1)
        {
            Close();
        }

        return Inlines.Normalize(_open.Peek().Children);
    }

    /// <summary>Interprets one tag; <paramref name="maxDepth"/> is how many elements may be open before one only keeps its text.</summary>
    public void Tag(string tag, int maxDepth)
    {
        if (tag.StartsWith("<!--", StringComparison.Ordinal) || tag.StartsWith("<?", StringComparison.Ordinal) ||
            tag.StartsWith("<!", StringComparison.Ordinal))
        {
            return;
        }

        var match = TagPattern().Match(tag);
        if (!match.Success || !HtmlElements.Known.Contains(match.Groups["name"].Value))
        {
            Add(new ModelText(tag)); // angle-bracket text that is not HTML, e.g. "<EU Representative>"
            return;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (match.Groups["close"].Success)
        {
            if (_open.Any(f => f.Name == name))
            {
                while (_open.Peek().Name != name)
                {
                    Close();
                }

                Close();
            }

            return;
        }

        // Inside an element dropped with its content nothing is kept, so nothing more needs a frame; and beyond
        // the depth limit an element only keeps its text. Both keep the stack (and the search for a closing tag) short.
        var kind = HtmlElements.InlineOf(name);
        if (_open.Peek().Kind == HtmlInlineKind.Dropped || (_open.Count > maxDepth && kind != HtmlInlineKind.Dropped))
        {
            return;
        }

        switch (kind)
        {
            case HtmlInlineKind.LineBreak:
                Add(new LineBreak());
                return;
            case HtmlInlineKind.Image:
                var alt = Attribute(match.Groups["attrs"].Value, "alt");
                if (!string.IsNullOrWhiteSpace(alt))
                {
                    Add(new ModelText(alt));
                }

                return;
            case HtmlInlineKind.Empty:
                return;
        }

        if (tag.EndsWith("/>", StringComparison.Ordinal))
        {
            return;
        }

        var target = kind == HtmlInlineKind.Link ? LinkTarget.Resolve(Attribute(match.Groups["attrs"].Value, "href"), baseUrl) : null;
        _open.Push(new Element(kind, name, target));
    }

    private void Close()
    {
        var element = _open.Pop();
        var parent = _open.Peek().Children;
        var children = Inlines.Normalize(element.Children);
        switch (element.Kind)
        {
            case HtmlInlineKind.Link when element.Target is not null && !Inlines.IsBlank(children):
                parent.Add(new Link(element.Target, children));
                break;
            case HtmlInlineKind.Strong:
                parent.Add(new Emphasis(EmphasisKind.Strong, children));
                break;
            case HtmlInlineKind.Em:
                parent.Add(new Emphasis(EmphasisKind.Em, children));
                break;
            case HtmlInlineKind.Code:
                parent.Add(new Code(PlainText.Of(children)));
                break;
            case HtmlInlineKind.Dropped:
                break;
            default:
                parent.AddRange(element.Children);
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

    /// <summary>An open element: what it becomes, its name (to match its closing tag), a link's target, and what it holds so far.</summary>
    private sealed class Element(HtmlInlineKind kind, string name, string? target)
    {
        public HtmlInlineKind Kind { get; } = kind;

        public string Name { get; } = name;

        public string? Target { get; } = target;

        public List<ModelInline> Children { get; } = [];
    }
}
