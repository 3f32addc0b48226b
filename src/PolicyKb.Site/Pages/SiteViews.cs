using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Site.Incremental;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// What all page builders share: the knowledge base, which sections matter to whom, the site's header data, and the
/// conventions for dates, descriptions, canonical addresses and the audience switcher.
/// </summary>
public sealed class SiteViews(
    KnowledgeBase knowledgeBase,
    AudienceRelevance relevance,
    ThemeAssetUrls assets,
    ChangeSets? changeSets = null,
    PageFingerprints? fingerprints = null,
    TermUsage? terms = null)
{
    private readonly Dictionary<string, TermTip> _termTips = knowledgeBase.Glossary.Terms.Where(t => t.IsLinked)
        .ToDictionary(t => t.Id, t => new TermTip(t.Id, t.Term, t.Definition), StringComparer.Ordinal);

    /// <summary>Fingerprints for incremental builds; null when the build does not track them.</summary>
    public PageFingerprints? Fingerprints { get; } = fingerprints;

    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public AudienceRelevance Relevance { get; } = relevance;

    /// <summary>The comparisons of consecutive versions (none when the build did not compare versions).</summary>
    public ChangeSets ChangeSets { get; } = changeSets ?? ChangeSets.Empty;

    public ChangeLinks Changes { get; } = changeSets is null ? ChangeLinks.None : ChangePages.Links(changeSets);

    private readonly Lazy<SectionHistories> _sectionHistories = new(() => SectionHistories.Of(knowledgeBase, changeSets ?? ChangeSets.Empty));

    /// <summary>The life of every section, read from the comparisons (made once, when a page first needs it).</summary>
    public SectionHistories SectionHistories => _sectionHistories.Value;

    /// <summary>Where each defined term is used; empty when the build links no terms.</summary>
    public TermUsage Terms { get; } = terms ?? new TermUsage([]);

    public SiteInfo Site { get; } = new(
        knowledgeBase.Site.Title,
        knowledgeBase.Site.Description,
        knowledgeBase.Site.BaseUrl,
        knowledgeBase.Site.Language,
        knowledgeBase.Site.Publisher,
        [.. knowledgeBase.Audiences.Select(a => new AudienceLink(a.Id, a.ShortName, a.Name, SiteUrls.Audience(a)))],
        assets,
        Generator.NameAndVersion);

    public string Absolute(string url) => SiteUrls.Absolute(KnowledgeBase.Site.BaseUrl, url);

    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Effective June 16, 2025", or "Retrieved …" for documents that state no effective date. A recorder's version
    /// shows the effective date its text states, or else "First recorded …".
    /// </summary>
    public static string DateLabel(Policy policy, PolicyVersion version) => version switch
    {
        { IsRecorded: true, StatedDate: { } stated } => "Effective " + LongDate(stated),
        { IsRecorded: true } => "First recorded " + LongDate(version.FirstRecorded),
        _ => (policy.Metadata.DatedBy == DateBasis.Effective ? "Effective " : "Retrieved ") + LongDate(version.Date),
    };

    /// <summary>The start of a text, cut at a word boundary, for descriptions and excerpts.</summary>
    public static string Excerpt(string text, int length = 180)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>The header's "Read as" links: everyone, then each audience, with the current one marked.</summary>
    public ImmutableArray<NavLink> AudienceViews(string everyoneUrl, Func<Audience, string> audienceUrl, string? currentAudience) =>
        [new NavLink("Everyone", everyoneUrl, currentAudience is null),
         .. KnowledgeBase.Audiences.Select(a => new NavLink(a.ShortName, audienceUrl(a), a.Id == currentAudience))];

    public static ImmutableArray<NavLink> Crumbs(params (string Label, string? Url)[] crumbs) =>
        [new NavLink("Home", SiteUrls.Home), .. crumbs.Select((c, i) => new NavLink(c.Label, c.Url, i == crumbs.Length - 1))];

    public DocumentCard Card(Policy policy) => new(
        policy.Metadata.Title,
        SiteUrls.Policy(policy.Id),
        policy.Metadata.Summary,
        DateLabel(policy, policy.Current),
        policy.Versions.Length,
        [.. KnowledgeBase.Audiences.Where(a => policy.Metadata.Audiences.Contains(a.Id)).Select(a => a.ShortNameInSentence)]);

    /// <summary>The popover definitions of the terms a version's text links, for its pages.</summary>
    public ImmutableArray<TermTip> TermTips(PolicyVersion version) => TermTips(DocumentKind.Policy, version.PolicyId, version.Id);

    /// <summary>The popover definitions of the terms a memo's text links, for its page.</summary>
    public ImmutableArray<TermTip> TermTips(Memo memo) => TermTips(DocumentKind.Memo, memo.Id, TermUsage.MemoKey(memo));

    private ImmutableArray<TermTip> TermTips(DocumentKind kind, string documentId, string versionId) =>
        [.. Terms.LinkedIn(kind, documentId, versionId).Select(id => _termTips.GetValueOrDefault(id)).OfType<TermTip>()];

    /// <summary>A policy's feed, as a page's head links it.</summary>
    public static NavLink PolicyFeed(Policy policy) => new($"{policy.Metadata.Title}: updates", SiteUrls.PolicyFeed(policy.Id));

    /// <summary>An audience's feed, as a page's head links it.</summary>
    public static NavLink AudienceFeed(Audience audience) => new($"Updates for {audience.NameInSentence}", SiteUrls.AudienceFeed(audience));

    public static MemoLink MemoLink(Memo memo) => new(memo.Title, SiteUrls.Memo(memo.Id), LongDate(memo.Date), memo.Description);
}
