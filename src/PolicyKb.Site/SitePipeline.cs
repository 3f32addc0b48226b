using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Steps;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Steps;

namespace PolicyKb.Site;

/// <summary>The default build, read top to bottom: read the input, decide what matters to whom, render, check.</summary>
public static class SitePipeline
{
    public static BuildPipeline Create(string? themeDirectory = null) => new(
    [
        // Input
        new FingerprintInputs(),
        new ReadInputFolder(),
        new ReadGlossary(),

        // Process: everything is read before anything is rendered, because these steps look across documents.
        // Terms first: audience rules pick sections by the terms they use, and pages render the linked model.
        new LinkDefinedTerms(),
        new ComputeAudienceRelevance(),
        new CompareVersions(),

        // PostProcess: the search index holds the processed sections (their audiences, their defined terms). It is
        // written in the background, beside the Output steps, which do not need it.
        new BuildSearchIndex(),

        // Output
        new PublishThemeAssets(themeDirectory),
        new PublishMedia(),
        new PrepareSiteViews(),
        new RenderPages("RenderPolicyPages", PolicyPages.Create),
        new RenderPages("RenderSitePages", HomePages.Create, AudiencePages.Create, ReferencePages.Create),
        new RenderPages("RenderChangePages", views => ChangePages.Create(views, views.ChangeSets), views => MemoPages.Create(views, views.ChangeSets)),
        new WriteFeedAndSitemap(),

        // Check: last, because it checks what every other step wrote (the search index is finished before it).
        new CheckLinks(),
    ]);
}
