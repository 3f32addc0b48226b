using PolicyKb.Model;

namespace PolicyKb.Urls;

/// <summary>
/// The URL of every page of the site, root-relative. Published URLs never change: a version's dated URL is its
/// permanent address, <c>/policies/&lt;id&gt;/</c> always shows the current version.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Glossary = "/glossary/";
    public const string Search = "/search/";
    public const string Memos = "/memos/";
    public const string Changes = "/changes/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string NotFound = "/404.html";
    public const string Assets = "/assets/";
    public const string SearchIndex = "/search-index/";

    /// <summary>First path segments the site uses itself; an audience cannot take one as its path.</summary>
    public static readonly ImmutableHashSet<string> ReservedSegments =
        ["policies", "memos", "glossary", "search", "assets", "search-index", "changes", "data", "api", "feed.xml", "sitemap.xml", "robots.txt", "404.html"];

    public static string Policy(string policyId) => $"/policies/{policyId}/";

    public static string Version(string policyId, string versionId) => $"/policies/{policyId}/{versionId}/";

    public static string Version(PolicyVersion version) => Version(version.PolicyId, version.Id);

    /// <summary>A policy's timeline: every version, re-recording and rejected recording.</summary>
    public static string History(string policyId) => $"/policies/{policyId}/history/";

    /// <summary>The history of one section of a policy: the versions in which it changed, with its word diff in each.</summary>
    public static string SectionHistory(string policyId, string sectionId) => $"/policies/{policyId}/sections/{sectionId}/";

    /// <summary>The Atom feed of one policy's new versions and the memos about it.</summary>
    public static string PolicyFeed(string policyId) => $"/policies/{policyId}/feed.xml";

    /// <summary>The Atom feed of the new versions of the policies an audience reads, and the memos about them.</summary>
    public static string AudienceFeed(Audience audience) => $"/{audience.Path}/feed.xml";

    public static string Change(string policyId, string fromDate, string toDate) => $"/policies/{policyId}/changes/{fromDate}-to-{toDate}/";

    /// <summary>The page that compares any two versions of a policy, chosen in its query (<c>?from=&amp;to=</c>).</summary>
    public static string Compare(string policyId) => $"{Policy(policyId)}compare/";

    /// <summary>The compare page's data for one version: <c>/data/policies/&lt;id&gt;/versions/&lt;version&gt;.json</c>.</summary>
    public static string VersionText(string policyId, string versionId) => $"/data/policies/{policyId}/versions/{versionId}.json";

    /// <summary>A policy's data file: its versions, sections and recordings as JSON (see the README's "Data").</summary>
    public static string PolicyData(string policyId) => $"/data/policies/{policyId}.json";

    public static string Memo(string memoId) => $"/memos/{memoId}/";

    public static string Audience(Audience audience) => $"/{audience.Path}/";

    public static string AudiencePolicy(Audience audience, string policyId) => $"/{audience.Path}/{policyId}/";

    public static string Term(string termId) => $"{Glossary}#{termId}";

    public static string Section(string policyId, string sectionId) => $"{Policy(policyId)}#{sectionId}";

    /// <summary>A section of one version or memo (the top of it for the blocks before the first heading): where "used in" and "defined in" links go.</summary>
    public static string Place(SectionPlace place) =>
        (place.Kind == DocumentKind.Policy ? Version(place.DocumentId, place.VersionId) : Memo(place.DocumentId))
        + (place.SectionId is null ? "" : "#" + place.SectionId);

    /// <summary>The output file of a URL: <c>/a/b/</c> is <c>a/b/index.html</c>.</summary>
    public static string FileOf(string url)
    {
        var path = url.Split('#', '?')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The absolute URL for canonical links, feeds and the sitemap.</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;
}
