using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PolicyKb.Tests;

/// <summary>
/// Re-indents HTML so that snapshot diffs are line by line; the content-hashed asset folder and the generator's version
/// are normalized (a new version of the tool is not a change of the pages; GeneratorVersionTests checks the tag).
/// </summary>
internal static class PrettyHtml
{
    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument(html);
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        var pretty = System.Text.RegularExpressions.Regex.Replace(writer.ToString(), "/assets/[0-9a-f]{12}/", "/assets/HASH/");
        return pretty.Replace($"content=\"{PolicyKb.Pipeline.Generator.NameAndVersion}\"", "content=\"policykb VERSION\"", StringComparison.Ordinal);
    }
}
