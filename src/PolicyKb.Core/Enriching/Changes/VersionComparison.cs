using PolicyKb.Model;
using PolicyKb.Urls;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// What changed from one version of a policy to the next: the title, the preamble (text before the first heading),
/// every section of either version in reading order (the newer version's order, with each removed section after the
/// section that preceded it), and the summary. This is what a change page is rendered from.
/// </summary>
public sealed record VersionComparison(
    string PolicyId,
    PolicyVersion Older,
    PolicyVersion Newer,
    TextComparison Title,
    TextComparison Preamble,
    ImmutableArray<SectionChange> Sections,
    ChangeSummary Summary)
{
    /// <summary>The change page's URL.</summary>
    public string Url => SiteUrls.Change(PolicyId, Older.Id, Newer.Id);

    /// <summary>True when the versions differ in nothing but white space and layout (list markers, heading style, line breaks).</summary>
    public bool IsWhitespaceOnly =>
        Summary is { Added: 0, Removed: 0, Moved: 0 }
        && (Title.Change | Preamble.Change | Sections.Aggregate(TextChange.None, (all, s) => all | s.Heading.Change | s.Text.Change)) is TextChange.None or TextChange.Whitespace;

    /// <summary>The sections whose kind is not <see cref="SectionChangeKind.Unchanged"/>.</summary>
    public IEnumerable<SectionChange> ChangedSections => Sections.Where(s => s.Kind != SectionChangeKind.Unchanged);
}
