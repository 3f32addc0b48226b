using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using PolicyKb.Pipeline;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Fails the build when a page links to a page, file or anchor of the site that does not exist, naming the page,
/// the line and the link. Links to other sites are not fetched (the build runs offline).
/// </summary>
public sealed partial class CheckLinks : IBuildStep
{
    public string Name => nameof(CheckLinks);

    public BuildPhase Phase => BuildPhase.Output;

    public void Execute(BuildContext context)
    {
        var pages = context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var anchors = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Value);
            anchors[page.Key] = [.. IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))];
        });

        Parallel.ForEach(pages, page =>
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Value);
            foreach (Match match in LinkAttribute().Matches(html))
            {
                var link = WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (Problem(page.Key, link, context.Output, anchors) is { } problem)
                {
                    var line = html.AsSpan(0, match.Index).Count('\n') + 1;
                    context.Diagnostics.Error("output/" + page.Key, line, $"{problem}: {link}");
                }
            }
        });
    }

    private static string? Problem(string page, string link, OutputSet output, ConcurrentDictionary<string, HashSet<string>> anchors)
    {
        if (link.Length == 0)
        {
            return "empty link";
        }

        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
        {
            return null;
        }

        if (link.StartsWith("//", StringComparison.Ordinal) || link.Contains(':', StringComparison.Ordinal) && !link.StartsWith('/'))
        {
            return "link with an unexpected scheme";
        }

        var hashIndex = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hashIndex >= 0 ? Uri.UnescapeDataString(link[(hashIndex + 1)..]) : null;
        var path = (hashIndex >= 0 ? link[..hashIndex] : link).Split('?')[0];
        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else
        {
            var resolved = path.StartsWith('/') ? path : "/" + string.Join('/', page.Split('/')[..^1]) + "/" + path;
            target = Uri.UnescapeDataString(resolved.TrimStart('/'));
            if (target.Length == 0 || target.EndsWith('/'))
            {
                target += "index.html";
            }

            if (!output.Contains(target))
            {
                if (output.Contains(target + "/index.html"))
                {
                    return "link to a folder without its trailing slash";
                }

                return "broken link (no such page or file)";
            }
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal)
            && (!anchors.TryGetValue(target, out var ids) || !ids.Contains(fragment)))
        {
            return "broken anchor (no element with that id)";
        }

        return null;
    }

    [GeneratedRegex(@"\s(?:href|src)=""(?<url>[^""]*)""")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"\sid=""(?<id>[^""]*)""")]
    private static partial Regex IdAttribute();
}
