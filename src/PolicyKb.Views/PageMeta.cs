namespace PolicyKb.Views;

/// <summary>
/// What the layout needs to know about a page: title, description, addresses, breadcrumbs, which audience view
/// it is and where the other audiences' views of it are, what the footer says about its source, and the definitions
/// of the terms its text links (<paramref name="Terms"/>, shown in popovers), and the feeds it is part of besides the
/// site's (<paramref name="Feeds"/>: a policy's, an audience's), linked from its head.
/// </summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    ImmutableArray<NavLink> Breadcrumbs,
    ImmutableArray<NavLink> AudienceViews,
    string? AudienceId = null,
    SourceNote? Source = null,
    string OpenGraphType = "website",
    bool NoIndex = false,
    string PageKind = "page",
    ImmutableArray<TermTip> Terms = default,
    ImmutableArray<NavLink> Feeds = default);
