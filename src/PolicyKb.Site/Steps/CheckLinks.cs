using System.Runtime.CompilerServices;
using System.Net;
using PolicyKb.Pipeline;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Fails the build when a page links to a page, file or anchor of the site that does not exist, naming the page,
/// the line and the link. Links to other sites are not fetched (the build runs offline).
/// </summary>
public sealed class CheckLinks : IBuildStep
{
    private static readonly byte[] IdAttribute = "id=\""u8.ToArray();
    private static readonly byte[] HrefAttribute = "href=\""u8.ToArray();
    private static readonly byte[] SrcAttribute = "src=\""u8.ToArray();

    public BuildPhase Phase => BuildPhase.Check;

    /// <summary>Nothing but the output: it checks the files every other step wrote.</summary>
    public IReadOnlyList<Need> Needs { get; } = [];

    public IReadOnlyList<Type> Makes { get; } = [];

    /// <summary>
    /// Each page's ids and links as read from its bytes, kept while the page's array lives: <c>serve</c> keeps this
    /// step, and an unchanged page's array, from one rebuild to the next, so only the pages rendered again are read.
    /// </summary>
    private readonly ConditionalWeakTable<byte[], PageLinks> _read = new();

    public void Execute(BuildContext context)
    {
        var pages = context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var read = new PageLinks[pages.Count];
        Parallel.For(0, pages.Count, i => read[i] = _read.GetValue(pages[i].Value, Read));
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            anchors[pages[i].Key] = read[i].Ids;
        }

        Parallel.For(0, pages.Count, i =>
        {
            foreach (var (line, link) in read[i].Links)
            {
                if (Problem(pages[i].Key, link, context.Output, anchors) is { } problem)
                {
                    context.Diagnostics.Error("output/" + pages[i].Key, line, $"{problem}: {link}");
                }
            }
        });
    }

    private static PageLinks Read(byte[] page)
    {
        var ids = AttributeValues(page, IdAttribute).Select(a => WebUtility.HtmlDecode(a.Value)).ToHashSet(StringComparer.Ordinal);
        var links = new List<(int, string)>();
        var line = 1;
        var counted = 0;
        foreach (var (index, value) in AttributeValues(page, HrefAttribute).Concat(AttributeValues(page, SrcAttribute)).OrderBy(a => a.Index))
        {
            line += page.AsSpan(counted, index - counted).Count((byte)'\n');
            counted = index;
            links.Add((line, WebUtility.HtmlDecode(value)));
        }

        return new PageLinks(ids, links);
    }

    /// <summary>A page's element ids, and its links with their lines.</summary>
    private sealed record PageLinks(HashSet<string> Ids, List<(int Line, string Link)> Links);

    /// <summary>
    /// The values of one attribute (<c> name="value"</c>, after white space) in a page, read from its UTF-8 bytes:
    /// decoding every page of a large site to text only to find its links doubled the memory the build needed.
    /// </summary>
    private static List<(int Index, string Value)> AttributeValues(byte[] html, byte[] attribute)
    {
        var values = new List<(int, string)>();
        var span = html.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var found = span[offset..].IndexOf(attribute);
            if (found < 0)
            {
                break;
            }

            var start = offset + found;
            offset = start + attribute.Length;
            if (start == 0 || span[start - 1] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f'))
            {
                continue;
            }

            var length = span[offset..].IndexOf((byte)'"');
            if (length < 0)
            {
                break;
            }

            values.Add((start - 1, System.Text.Encoding.UTF8.GetString(span.Slice(offset, length))));
            offset += length + 1;
        }

        return values;
    }

    private static string? Problem(string page, string link, OutputSet output, Dictionary<string, HashSet<string>> anchors)
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
}
