namespace PolicyKb.Site.Steps;

/// <summary>The pages around the documents: home, memo list, 404, the audiences' landing pages, glossary and search.</summary>
public sealed class RenderedSitePages : RenderedPages;
