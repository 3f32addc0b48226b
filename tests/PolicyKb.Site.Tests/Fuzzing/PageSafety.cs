using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PolicyKb.Tests.Fuzzing;

/// <summary>
/// The fuzz test's page check: anything a payload could have put on a page or in a feed: scripts other than the site's
/// own, event handler attributes, <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c> targets, and svg, iframe,
/// object, embed elements and their kin.
/// </summary>
internal static class PageSafety
{
    /// <summary>What a payload could have left on a page, if anything.</summary>
    public static IEnumerable<string> Unsafe(string html)
    {
        if (html.StartsWith("<?xml", StringComparison.Ordinal))
        {
            // The feed and the sitemap: well-formed XML, and no markup from documents, which would be text there.
            XDocument xml;
            try
            {
                xml = XDocument.Parse(html);
            }
            catch (System.Xml.XmlException e)
            {
                return [$"not well-formed XML: {e.Message}"];
            }

            return xml.Descendants().Where(e => e.Name.LocalName is "script" or "svg" or "iframe").Select(e => $"a <{e.Name.LocalName}> element in XML");
        }

        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                if (element.GetAttribute("type") != "module" || element.GetAttribute("src") is not { } src || !src.StartsWith("/assets/", StringComparison.Ordinal) || element.TextContent.Length > 0)
                {
                    problems.Add($"a script that is not the site's own: {element.OuterHtml}");
                }
            }
            else if (name == "noscript" && element.ParentElement?.QuerySelector(":scope > #search-results, :scope > #compare-result") is not null)
            {
                continue; // the search or compare page's own note for readers without script
            }
            else if (name == "svg" && IsTimelineChart(element))
            {
                // The timeline's own chart, outside the document's text, drawn only with shapes and labels; its
                // attributes are still checked below.
            }
            else if (ForbiddenElements.Contains(name) || (name == "meta" && element.HasAttribute("http-equiv")))
            {
                problems.Add($"a <{name}> element: {Short(element.OuterHtml)}");
            }
            else if (name == "form" && element.GetAttribute("action") != "/search/" && !IsCompareForm(element))
            {
                problems.Add($"a form that is not the site's search: {Short(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal) || attributeName is "style" or "srcdoc")
                {
                    problems.Add($"a {attributeName} attribute: {Short(element.OuterHtml)}");
                }
                else if (UrlAttributes.Contains(attributeName) && DangerousUrl(attributeName, attribute.Value))
                {
                    problems.Add($"a {attributeName} with a dangerous target: {Short(attribute.Value)}");
                }
            }
        }

        return problems;
    }

    private static readonly HashSet<string> ChartElements = ["title", "desc", "line", "g", "rect", "text"];

    /// <summary>The compare page's own form, which sends the reader back to the same page with the two versions chosen.</summary>
    private static bool IsCompareForm(AngleSharp.Dom.IElement form) =>
        form.ClassName == "compare-form"
        && form.GetAttribute("method") == "get"
        && System.Text.RegularExpressions.Regex.IsMatch(form.GetAttribute("action") ?? "", "^/policies/[a-z0-9-]+/compare/$")
        && form.QuerySelectorAll("*").All(e => e.LocalName is "p" or "label" or "select" or "option" or "button");

    private static bool IsTimelineChart(AngleSharp.Dom.IElement svg) =>
        svg.ClassName == "change-chart"
        && svg.ParentElement is { LocalName: "figure", ClassName: "history-chart" } figure
        && figure.Closest("article.history-page") is not null
        && svg.QuerySelectorAll("*").All(e => ChartElements.Contains(e.LocalName));

    private static readonly HashSet<string> ForbiddenElements =
        ["svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "template", "noscript", "xmp", "textarea", "video", "audio", "source"];

    private static readonly HashSet<string> UrlAttributes =
        ["href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping", "longdesc", "manifest", "codebase"];

    /// <summary>
    /// Whether a URL (or any candidate of a srcset) would run script or load a document of its own: its scheme is
    /// javascript:, vbscript: or data:, however spaced (browsers ignore white space and controls in the scheme).
    /// </summary>
    private static bool DangerousUrl(string name, string value) =>
        (name == "srcset" ? value.Split(',') : [value]).Any(url =>
            new string([.. url.Where(c => c > ' ')]).ToLowerInvariant() is var folded
            && (folded.StartsWith("javascript:", StringComparison.Ordinal) || folded.StartsWith("vbscript:", StringComparison.Ordinal) || folded.StartsWith("data:", StringComparison.Ordinal)));

    private static string Short(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
