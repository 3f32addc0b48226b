using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PolicyKb.Tests;

/// <summary>Re-indents HTML so that snapshot diffs are line by line; the content-hashed asset folder is normalized.</summary>
internal static class PrettyHtml
{
    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument(html);
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return System.Text.RegularExpressions.Regex.Replace(writer.ToString(), "/assets/[0-9a-f]{12}/", "/assets/HASH/");
    }
}
