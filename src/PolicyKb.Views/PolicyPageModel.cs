using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>
/// A policy version page: the current version at the policy's address, an archived version at its dated address,
/// or an audience's view of the current version (relevant sections marked, with a filter).
/// </summary>
public sealed record PolicyPageModel(
    Policy Policy,
    PolicyVersion Version,
    bool IsCurrent,
    string DateLabel,
    ImmutableArray<VersionLink> Versions,
    ImmutableArray<MemoLink> Memos,
    ImmutableArray<TocEntry> Toc,
    AudienceView? Audience,
    IReadOnlyDictionary<string, ImmutableArray<string>> SectionAudiences,
    string CurrentUrl)
{
    /// <summary>For each section id of the version: when its wording last changed, and its history page.</summary>
    public IReadOnlyDictionary<string, SectionHistoryNote>? SectionHistory { get; init; }
}
