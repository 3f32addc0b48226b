using System.Collections.Frozen;

namespace PolicyKb.Importing;

/// <summary>
/// The HTML allow-list for markup found inside documents. Documents never carry HTML into the model: allowed
/// elements become model nodes (links, emphasis, line breaks, lists), dangerous ones are dropped with their content,
/// and tag-like text that is not HTML at all ("&lt;EU Representative&gt;") stays as text.
/// </summary>
internal static class HtmlElements
{
    /// <summary>Elements dropped together with everything inside them.</summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
        ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "textarea", "select",
         "button", "form", "head", "title", "video", "audio", "canvas", "frameset", "frame", "applet", "dialog", "map"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Every element name of HTML, so that anything else in angle brackets is known to be text.</summary>
    public static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
        ["a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
         "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
         "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form",
         "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe",
         "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav",
         "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp",
         "rt", "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike", "strong", "style",
         "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
         "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "svg", "math", "applet", "marquee", "blink", "noembed",
         "nobr", "xmp", "plaintext", "listing"],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsBlockLevel(string name) => name.ToLowerInvariant() is
        "p" or "div" or "section" or "article" or "aside" or "header" or "footer" or "main" or "nav" or "ul" or "ol" or
        "li" or "table" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "hr" or "dl" or "dd" or
        "dt" or "figure" or "address" or "details" or "summary" or "center";

    /// <summary>
    /// What an element (by its lower-case name) becomes inside text: the one mapping of both the Markdown inline
    /// converter (tags between Markdown inlines) and the HTML block converter (elements of a parsed HTML block).
    /// </summary>
    public static HtmlInlineKind InlineOf(string name) => name switch
    {
        "a" => HtmlInlineKind.Link,
        "b" or "strong" => HtmlInlineKind.Strong,
        "i" or "em" or "cite" or "dfn" => HtmlInlineKind.Em,
        "code" or "kbd" or "samp" or "tt" => HtmlInlineKind.Code,
        "br" => HtmlInlineKind.LineBreak,
        "img" => HtmlInlineKind.Image,
        "hr" or "wbr" or "input" or "meta" or "link" or "base" or "col" or "area" or "source" or "track" or "param" => HtmlInlineKind.Empty,
        _ when DroppedWithContent.Contains(name) => HtmlInlineKind.Dropped,
        _ => HtmlInlineKind.Transparent,
    };
}
