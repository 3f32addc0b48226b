using PolicyKb.Model;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The glossary page's entries, from the glossary and where its terms are used: current versions first, then
/// archived versions newest first, then memos, each section linked where the reader will find it.
/// </summary>
public static class GlossaryEntries
{
    public static GlossaryPageModel Create(SiteViews views)
    {
        var terms = views.KnowledgeBase.Glossary.Terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList();
        return new GlossaryPageModel(
            [.. terms.Where(t => t.IsLinked).Select(t => Entry(views, t))],
            [.. terms.Where(t => !t.IsLinked).Select(t => Entry(views, t))]);
    }

    private static GlossaryEntry Entry(SiteViews views, DefinedTerm term)
    {
        var knowledgeBase = views.KnowledgeBase;
        // The newest defining sentence: the one a reader of the current version sees.
        var defined = term.DefinedIn.OrderByDescending(d => d.Place.Date).FirstOrDefault();
        return new GlossaryEntry(
            term.Id,
            term.Term,
            term.Origin == TermOrigin.Listed ? term.Definition : null,
            defined?.Sentence,
            defined is null ? null : new NavLink(PlaceLabel(knowledgeBase, defined.Place), PlaceUrl(knowledgeBase, defined.Place)),
            term.Aliases,
            [.. knowledgeBase.Audiences.Where(a => term.Audiences.Contains(a.Id)).Select(a => a.ShortName)],
            [.. term.Sources.Select(s => Source(knowledgeBase, s))],
            term.IsLinked ? UsedIn(views, term.Id) : [],
            term.Scope.IsEmpty ? null : string.Join(", ", term.Scope.Select(id => TitleOf(knowledgeBase, id))),
            term.NotLinkedReason,
            term.IsLinked ? VersionsUsing(views, term.Id) : []);
    }

    /// <summary>For each policy, in site order, the versions that use the term, each linked at its dated address.</summary>
    private static ImmutableArray<TermVersions> VersionsUsing(SiteViews views, string termId)
    {
        var knowledgeBase = views.KnowledgeBase;
        var dates = views.Terms.PlacesOf(termId)
            .Where(o => o.Place.Kind == DocumentKind.Policy)
            .Select(o => (o.Place.DocumentId, o.Place.Date))
            .ToHashSet();
        return [.. knowledgeBase.Policies
            .Select(policy => (policy, versions: policy.Versions.Where(v => dates.Contains((policy.Id, v.Date))).ToList()))
            .Where(p => p.versions.Count > 0)
            .Select(p => new TermVersions(
                p.policy.Metadata.Title,
                [.. p.versions.Select(v => new NavLink(SiteViews.LongDate(v.Date), SiteUrls.Version(v), v.Date == p.policy.Current.Date))],
                p.policy.Versions.Length))];
    }

    private static ImmutableArray<SectionGroup> UsedIn(SiteViews views, string termId)
    {
        var knowledgeBase = views.KnowledgeBase;
        return [.. views.Terms.PlacesOf(termId)
            .GroupBy(o => (o.Place.Kind, o.Place.DocumentId, o.Place.Date))
            .OrderBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Kind == DocumentKind.Policy ? knowledgeBase.Policies.IndexOf(knowledgeBase.FindPolicy(g.Key.DocumentId)!) : 0)
            .ThenByDescending(g => g.Key.Date)
            .Select(g =>
            {
                var first = g.First().Place;
                return new SectionGroup(
                    DocumentLabel(knowledgeBase, first),
                    DocumentUrl(knowledgeBase, first),
                    [.. g.Select(o => new SectionLink(o.Place.SectionId is null ? "Opening text" : o.Place.Heading, PlaceUrl(knowledgeBase, o.Place), null))]);
            })];
    }

    /// <summary>A section of the current version is linked on the policy's own page; an archived one at its dated address.</summary>
    private static string PlaceUrl(KnowledgeBase knowledgeBase, SectionPlace place) =>
        IsCurrent(knowledgeBase, place) && place.SectionId is { } sectionId ? SiteUrls.Section(place.DocumentId, sectionId) : SiteUrls.Place(place);

    private static string DocumentUrl(KnowledgeBase knowledgeBase, SectionPlace place) =>
        place.Kind == DocumentKind.Memo ? SiteUrls.Memo(place.DocumentId)
        : IsCurrent(knowledgeBase, place) ? SiteUrls.Policy(place.DocumentId)
        : SiteUrls.Version(place.DocumentId, place.VersionId);

    private static string DocumentLabel(KnowledgeBase knowledgeBase, SectionPlace place) =>
        place.Kind == DocumentKind.Memo || IsCurrent(knowledgeBase, place)
            ? TitleOf(knowledgeBase, place.DocumentId)
            : $"{TitleOf(knowledgeBase, place.DocumentId)}, version of {SiteViews.LongDate(place.Date)}";

    private static string PlaceLabel(KnowledgeBase knowledgeBase, SectionPlace place) =>
        DocumentLabel(knowledgeBase, place) + (place.SectionId is null ? "" : $", “{place.Heading}”");

    private static bool IsCurrent(KnowledgeBase knowledgeBase, SectionPlace place) =>
        place.Kind == DocumentKind.Policy && knowledgeBase.FindPolicy(place.DocumentId)?.Current.Id == place.VersionId;

    private static string TitleOf(KnowledgeBase knowledgeBase, string documentId) =>
        knowledgeBase.FindPolicy(documentId)?.Metadata.Title ?? knowledgeBase.Memos.FirstOrDefault(m => m.Id == documentId)?.Title ?? documentId;

    /// <summary>
    /// A cited section links to the newest version that has it (the glossary checks that one does), so the link's
    /// anchor exists; an outside source is labelled with its host and path.
    /// </summary>
    private static NavLink Source(KnowledgeBase knowledgeBase, TermSource source)
    {
        if (source.Url is { } url)
        {
            return new NavLink(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host + uri.AbsolutePath.TrimEnd('/') : url, url);
        }

        var title = TitleOf(knowledgeBase, source.Document!);
        if (source.DocumentKind == DocumentKind.Memo)
        {
            return new NavLink(title, SiteUrls.Memo(source.Document!) + (source.Section is null ? "" : "#" + source.Section));
        }

        var policy = knowledgeBase.FindPolicy(source.Document!)!;
        if (source.Section is null)
        {
            return new NavLink(title, SiteUrls.Policy(policy.Id));
        }

        var version = policy.Versions.Reverse().First(v => v.Content.AllSections().Any(s => s.Id == source.Section));
        var heading = version.Content.AllSections().First(s => s.Id == source.Section).Heading;
        var place = new SectionPlace(DocumentKind.Policy, policy.Id, version.Date, source.Section, heading) { VersionId = version.Id };
        return new NavLink($"{title}, “{heading}”", PlaceUrl(knowledgeBase, place));
    }
}
