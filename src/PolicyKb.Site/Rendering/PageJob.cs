using PolicyKb.Views;

namespace PolicyKb.Site.Rendering;

/// <summary>
/// A page to render: the theme component and what it receives (the site's header data, the page's metadata and, for
/// most pages, a model of the component's own type), and optionally the fingerprint of everything it depends on (an
/// unchanged fingerprint lets an incremental build reuse the previous file).
/// </summary>
public sealed record PageJob(Type Component, SiteInfo Site, PageMeta Meta, object? Model = null, string? Fingerprint = null)
{
    /// <summary>Where the page is published: the address its metadata gives.</summary>
    public string Url => Meta.Url;
}
