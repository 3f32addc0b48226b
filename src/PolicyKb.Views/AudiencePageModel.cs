namespace PolicyKb.Views;

/// <summary>An audience's landing page: its documents first, then the sections of other documents that concern it.</summary>
public sealed record AudiencePageModel(
    string Id,
    string Name,
    string Intro,
    ImmutableArray<DocumentCard> FirstReads,
    ImmutableArray<SectionGroup> RelevantSections,
    ImmutableArray<MemoLink> Memos,
    ImmutableArray<NavLink> Terms);
