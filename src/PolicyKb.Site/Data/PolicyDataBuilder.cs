using PolicyKb.Model;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;

namespace PolicyKb.Site.Data;

/// <summary>Makes a policy's data file from the linked model, with the audiences each section is for as the site shows them.</summary>
public static class PolicyDataBuilder
{
    public static PolicyData Of(SiteViews views, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(policy);
        var byVersion = policy.Recordings.Where(r => r.Fate != RecordingFate.Rejected)
            .GroupBy(r => r.VersionId ?? throw new InvalidOperationException($"{r.SourcePath}: a recording that is not rejected names no version"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.RecordedAt).ToList(), StringComparer.Ordinal);
        var unknown = byVersion.Keys.Where(id => policy.Versions.All(v => v.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{policy.Id}: recordings name versions that were not published: {string.Join(", ", unknown)}");
        }

        var metadata = policy.Metadata;
        return new PolicyData(
            policy.Id,
            metadata.Title,
            metadata.Kind,
            metadata.Service,
            metadata.Language,
            metadata.DatedBy == DateBasis.Effective ? "effective" : "retrieved",
            metadata.SourceUrl,
            metadata.Summary,
            metadata.Audiences,
            [.. policy.Versions.Select(v => Version(views, policy, v, byVersion.GetValueOrDefault(v.Id) ?? []))],
            [.. policy.Recordings.Where(r => r.Fate == RecordingFate.Rejected).OrderBy(r => r.RecordedAt).Select(r =>
                new RejectedRecordingData(r.SourcePath, Timestamp(r.RecordedAt), ReasonName(r.Reason!.Value), r.Detail))]);
    }

    /// <summary>A reason as the data names it: <c>stub-or-error-page</c>, <c>partial-page</c>, <c>blow-up</c>, <c>different-page</c>.</summary>
    public static string ReasonName(RejectionReason reason) => reason switch
    {
        RejectionReason.StubOrErrorPage => "stub-or-error-page",
        RejectionReason.PartialPage => "partial-page",
        RejectionReason.BlowUp => "blow-up",
        _ => "different-page",
    };

    private static VersionData Version(SiteViews views, Policy policy, PolicyVersion version, List<Recording> recordings)
    {
        var audiences = views.KnowledgeBase.Audiences.Select(a => (a.Id, Sections: views.Relevance.Sections(a.Id, version))).ToList();
        var sections = new List<SectionData>();
        foreach (var section in version.Content.Sections)
        {
            Add(section, [], sections, audiences);
        }

        return new VersionData(
            version.Id,
            VersionDates.Effective(policy, version) is { } effective ? Date(effective) : null,
            Date(version.FirstRecorded),
            views.Absolute(SiteUrls.Version(version)),
            recordings.Count > 0 ? recordings[0].Words : 0,
            version.Origin == ChangeOrigin.Recorder ? "recorder" : "terms",
            version.KeepsStatedDate,
            [.. recordings.Select(r => r.SourcePath)],
            PlainText.OfBlocks(version.Content.Preamble),
            [.. sections]);
    }

    private static void Add(Section section, ImmutableArray<string> parents, List<SectionData> into, List<(string Id, IReadOnlySet<string> Sections)> audiences)
    {
        var path = parents.Add(section.Heading);
        into.Add(new SectionData(
            section.Id,
            path,
            PlainText.OfBlocks(section.Blocks),
            [.. audiences.Where(a => a.Sections.Contains(section.Id)).Select(a => a.Id).Order(StringComparer.Ordinal)],
            [.. section.Blocks.Descendants<TermReference>().Select(r => r.TermId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        foreach (var child in section.Children)
        {
            Add(child, path, into, audiences);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
