namespace PolicyKb.Views;

/// <summary>The home page: what the site is, the audiences, the documents and the latest changes.</summary>
public sealed record HomePageModel(ImmutableArray<AudienceCard> Audiences, ImmutableArray<DocumentCard> Documents, ImmutableArray<RecentChange> RecentChanges);
