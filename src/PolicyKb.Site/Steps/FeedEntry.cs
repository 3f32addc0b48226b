namespace PolicyKb.Site.Steps;

/// <summary>An entry of an Atom feed: a new version (linked to what changed in it) or a memo.</summary>
/// <param name="Date">The day it is dated.</param>
/// <param name="Id">Its permanent address, root-relative: the entry's id in every feed that holds it.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">The page it links to, root-relative.</param>
/// <param name="Summary">What it says in a sentence.</param>
public sealed record FeedEntry(DateOnly Date, string Id, string Title, string Url, string Summary);
