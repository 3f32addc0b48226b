using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.Folder;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Steps;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Steps;

namespace PolicyKb.Site;

/// <summary>
/// The default build, read top to bottom: read the input, decide what matters to whom, render, check. Each step says
/// what it needs and makes; building the pipeline checks that every step comes after the steps it needs.
/// </summary>
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
        new RenderPages<RenderedPolicyPages>("RenderPolicyPages", PolicyPages.Create),
        new RenderPages<RenderedSitePages>("RenderSitePages", HomePages.Create, AudiencePages.Create, ReferencePages.Create),
        new RenderPages<RenderedChangePages>("RenderChangePages", views => ChangePages.Create(views, views.ChangeSets), views => MemoPages.Create(views, views.ChangeSets), HistoryPages.Create, SectionHistoryPages.Create, ComparePages.Create),
        new WriteVersionTexts(),
        new WriteFeedAndSitemap(),
        new WritePolicyData(),

        // Check: last, because it checks what every other step wrote (the search index is finished before it).
        new CheckLinks(),
    ]);
}
