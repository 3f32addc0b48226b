using System.Text;
using System.Xml;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;

namespace PolicyKb.Site.Steps;

/// <summary>
/// The Atom feeds of the site: the entries of a set of policies and memos (each version linked to what changed in
/// it), written newest first. The site's feed, each policy's and each audience's are the same writer over different
/// sets. Nothing in a feed depends on the time of the build, so the same input gives the same file.
/// </summary>
public static class AtomFeed
{
    /// <summary>An entry per version of <paramref name="policies"/> and per memo of <paramref name="memos"/>, newest first.</summary>
    public static List<FeedEntry> Entries(SiteViews views, IEnumerable<Policy> policies, IEnumerable<Memo> memos)
    {
        ArgumentNullException.ThrowIfNull(views);
        return [.. policies.SelectMany(p => p.Versions.Select((v, index) =>
            {
                var change = views.Changes.For(p, v);
                var title = index == 0 ? $"{p.Metadata.Title}: {SiteViews.DateLabel(p, v)}" : $"{p.Metadata.Title} updated: {SiteViews.DateLabel(p, v)}";
                var summary = change?.Summary ?? (index == 0 ? p.Metadata.Summary ?? "First recorded version." : "A new version was published.");
                return new FeedEntry(v.Date, SiteUrls.Version(v), title, change?.Url ?? SiteUrls.Version(v), summary);
            }))
            .Concat(memos.Select(m => new FeedEntry(m.Date, SiteUrls.Memo(m.Id), "Memo: " + m.Title, SiteUrls.Memo(m.Id), m.Description ?? SiteViews.Excerpt(PlainText.ProseOf(m.Content.Preamble), 300))))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <param name="views">The site (its title, publisher and base URL).</param>
    /// <param name="title">The feed's title.</param>
    /// <param name="subtitle">What it holds.</param>
    /// <param name="selfUrl">The feed's own address, root-relative: also its id.</param>
    /// <param name="alternateUrl">The page the feed is the feed of.</param>
    /// <param name="entries">Its entries, newest first.</param>
    public static string Write(SiteViews views, string title, string subtitle, string selfUrl, string alternateUrl, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(entries);
        var site = views.KnowledgeBase.Site;
        var host = new Uri(site.BaseUrl).Host;
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            writer.WriteElementString("title", XmlText(title));
            writer.WriteElementString("subtitle", XmlText(subtitle));
            writer.WriteElementString("id", views.Absolute(selfUrl));
            writer.WriteElementString("updated", Timestamp(entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries[0].Date));
            Link(writer, views.Absolute(selfUrl), "self");
            Link(writer, views.Absolute(alternateUrl), "alternate");
            writer.WriteStartElement("author");
            writer.WriteElementString("name", XmlText(site.Publisher ?? site.Title));
            writer.WriteEndElement();
            writer.WriteStartElement("generator");
            writer.WriteAttributeString("version", Generator.Version);
            writer.WriteString(Generator.Name);
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry");
                writer.WriteElementString("title", XmlText(entry.Title));
                writer.WriteElementString("id", $"tag:{host},{entry.Date:yyyy-MM-dd}:{entry.Id}");
                writer.WriteElementString("updated", Timestamp(entry.Date));
                Link(writer, views.Absolute(entry.Url), "alternate");
                writer.WriteElementString("summary", XmlText(entry.Summary));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>
    /// Text without the characters XML cannot hold (control characters other than tab and line breaks, lone
    /// surrogates): the writer throws on them, and one control character in a memo failed the whole build.
    /// </summary>
    private static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
        }

        return builder.ToString();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
