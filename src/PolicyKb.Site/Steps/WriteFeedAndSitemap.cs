using System.Text;
using System.Xml;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Writes the Atom feed of policy updates (an entry per version and per memo), the sitemap of canonical pages and
/// robots.txt. Nothing in them depends on the time of the build, so the same input gives the same files.
/// </summary>
public sealed class WriteFeedAndSitemap : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Output;

    /// <summary>The site's views, and the pages every render step rendered (the sitemap lists those that are canonical and indexed).</summary>
    public IReadOnlyList<Need> Needs { get; } =
        [Need.Required<SiteViews>(), Need.Required<RenderedPolicyPages>(), Need.Required<RenderedSitePages>(), Need.Required<RenderedChangePages>()];

    public IReadOnlyList<Type> Makes { get; } = [];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Get<SiteViews>();
        RenderedPages[] rendered = [context.Get<RenderedPolicyPages>(), context.Get<RenderedSitePages>(), context.Get<RenderedChangePages>()];
        context.Output.Add(SiteUrls.FileOf(SiteUrls.Feed), Feed(views));
        context.Output.Add(SiteUrls.FileOf(SiteUrls.Sitemap), Sitemap(views, rendered.SelectMany(r => r.Pages)));
        context.Output.Add("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {views.Absolute(SiteUrls.Sitemap)}\n");
    }

    private static string Feed(SiteViews views)
    {
        var knowledgeBase = views.KnowledgeBase;
        var host = new Uri(knowledgeBase.Site.BaseUrl).Host;
        var entries = knowledgeBase.Policies.SelectMany(p => p.Versions.Select((v, index) =>
            {
                var change = views.Changes.For(p, v);
                var title = index == 0 ? $"{p.Metadata.Title}: {SiteViews.DateLabel(p, v)}" : $"{p.Metadata.Title} updated: {SiteViews.DateLabel(p, v)}";
                var summary = change?.Summary ?? (index == 0 ? p.Metadata.Summary ?? "First recorded version." : "A new version was published.");
                return (Date: v.Date, Id: SiteUrls.Version(v), Title: title, Url: change?.Url ?? SiteUrls.Version(v), Summary: summary);
            }))
            .Concat(knowledgeBase.Memos.Select(m => (Date: m.Date, Id: SiteUrls.Memo(m.Id), Title: "Memo: " + m.Title, Url: SiteUrls.Memo(m.Id), Summary: m.Description ?? SiteViews.Excerpt(PlainText.ProseOf(m.Content.Preamble), 300))))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            writer.WriteElementString("title", XmlText($"{knowledgeBase.Site.Title}: policy updates"));
            writer.WriteElementString("subtitle", "New versions of the policies and memos about their changes.");
            writer.WriteElementString("id", views.Absolute(SiteUrls.Feed));
            writer.WriteElementString("updated", Timestamp(entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries[0].Date));
            Link(writer, views.Absolute(SiteUrls.Feed), "self");
            Link(writer, views.Absolute(SiteUrls.Home), "alternate");
            writer.WriteStartElement("author");
            writer.WriteElementString("name", XmlText(knowledgeBase.Site.Publisher ?? knowledgeBase.Site.Title));
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

    private static string Sitemap(SiteViews views, IEnumerable<PageMeta> pages)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.OrderBy(p => p.Url, StringComparer.Ordinal).Where(p => !p.NoIndex && p.CanonicalUrl == views.Absolute(p.Url)))
        {
            builder.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(page.CanonicalUrl)).Append("</loc></url>\n");
        }

        return builder.Append("</urlset>\n").ToString();
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
