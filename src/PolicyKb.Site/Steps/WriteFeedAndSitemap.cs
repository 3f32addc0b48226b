using System.Text;
using PolicyKb.Pipeline;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Writes the Atom feeds of policy updates (an entry per version and per memo): the site's, each policy's (its
/// versions and the memos about it) and each audience's (the policies it reads and the memos its page lists); the
/// sitemap of canonical pages and robots.txt. Nothing in them depends on the time of the build, so the same input
/// gives the same files.
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
        var knowledgeBase = views.KnowledgeBase;
        var site = knowledgeBase.Site.Title;
        context.Output.Add(SiteUrls.FileOf(SiteUrls.Feed), AtomFeed.Write(views, $"{site}: policy updates", "New versions of the policies and memos about their changes.",
            SiteUrls.Feed, SiteUrls.Home, AtomFeed.Entries(views, knowledgeBase.Policies, knowledgeBase.Memos)));
        foreach (var policy in knowledgeBase.Policies)
        {
            var title = policy.Metadata.Title;
            context.Output.Add(SiteUrls.FileOf(SiteUrls.PolicyFeed(policy.Id)), AtomFeed.Write(views, $"{site}: {title}", $"New versions of the {title} and memos about its changes.",
                SiteUrls.PolicyFeed(policy.Id), SiteUrls.History(policy.Id), AtomFeed.Entries(views, [policy], knowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id)))));
        }

        foreach (var audience in knowledgeBase.Audiences)
        {
            context.Output.Add(SiteUrls.FileOf(SiteUrls.AudienceFeed(audience)), AtomFeed.Write(views, $"{site}: for {audience.NameInSentence}", $"New versions of the policies that concern {audience.NameInSentence}, and memos about their changes.",
                SiteUrls.AudienceFeed(audience), SiteUrls.Audience(audience),
                AtomFeed.Entries(views, knowledgeBase.Policies.Where(p => views.Relevance.Concerns(audience.Id, p.Current)), AudiencePages.MemosFor(views, audience))));
        }

        context.Output.Add(SiteUrls.FileOf(SiteUrls.Sitemap), Sitemap(views, rendered.SelectMany(r => r.Pages)));
        context.Output.Add("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {views.Absolute(SiteUrls.Sitemap)}\n");
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
}
