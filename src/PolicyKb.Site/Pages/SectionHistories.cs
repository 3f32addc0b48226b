using PolicyKb.Enriching.Changes;
using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The life of every section of every policy, read from the comparisons the change pages show (nothing is compared
/// again): the versions in which a section id changed, and for each version's section the version in which its
/// wording last changed. A section's wording changes when it is added, renamed or its text changes in wording;
/// a move or a cosmetic change is listed in its history but leaves that date alone.
/// </summary>
public sealed class SectionHistories
{
    private readonly Dictionary<(string Policy, string Section), List<SectionEvent>> _events = [];
    private readonly Dictionary<(string Policy, string Version, string Section), PolicyVersion> _lastChanged = [];

    /// <summary>One step in a section's life: its first version (no change), or a change that touched it.</summary>
    /// <param name="Version">The version it happened in (for a removal, the version without the section).</param>
    /// <param name="Comparison">The comparison that shows it; null for the policy's first version.</param>
    /// <param name="Change">What happened to the section; null for the policy's first version.</param>
    public sealed record SectionEvent(PolicyVersion Version, VersionComparison? Comparison, SectionChange? Change);

    public static SectionHistories Of(KnowledgeBase knowledgeBase, ChangeSets changes)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(changes);
        var histories = new SectionHistories();
        var byPolicy = changes.Comparisons.ToLookup(c => c.PolicyId, StringComparer.Ordinal);
        foreach (var policy in knowledgeBase.Policies)
        {
            histories.Add(policy, byPolicy[policy.Id]);
        }

        return histories;
    }

    /// <summary>Every section id a policy's versions have had, sorted.</summary>
    public IEnumerable<string> SectionIds(Policy policy) =>
        _events.Keys.Where(k => k.Policy == policy.Id).Select(k => k.Section).Order(StringComparer.Ordinal);

    /// <summary>A section id's events, oldest first.</summary>
    public IReadOnlyList<SectionEvent> Events(Policy policy, string sectionId) =>
        _events.TryGetValue((policy.Id, sectionId), out var events) ? events : [];

    /// <summary>The version in which the wording of a version's section last changed (that version itself, if it changed there).</summary>
    public PolicyVersion LastChanged(PolicyVersion version, string sectionId) =>
        _lastChanged.TryGetValue((version.PolicyId, version.Id, sectionId), out var last) ? last : version;

    private void Add(Policy policy, IEnumerable<VersionComparison> comparisons)
    {
        var first = policy.Versions[0];
        foreach (var section in first.Content.AllSections())
        {
            Event(policy, section.Id, new SectionEvent(first, null, null));
            _lastChanged[(policy.Id, first.Id, section.Id)] = first;
        }

        foreach (var comparison in comparisons)
        {
            foreach (var change in comparison.Sections)
            {
                // A section matched under another id starts that id's history even when nothing else changed.
                if (change.Kind != SectionChangeKind.Unchanged || change.Older?.Id != change.Newer?.Id)
                {
                    Event(policy, change.Id, new SectionEvent(comparison.Newer, comparison, change));
                }

                if (change.Newer is not { } newer)
                {
                    continue;
                }

                var wordingChanged = change.Kind == SectionChangeKind.Added || change.Renamed || change.HasWordingChange;
                _lastChanged[(policy.Id, comparison.Newer.Id, newer.Id)] = wordingChanged || change.Older is not { } older
                    ? comparison.Newer
                    : LastChanged(comparison.Older, older.Id);
            }
        }
    }

    private void Event(Policy policy, string sectionId, SectionEvent sectionEvent)
    {
        if (!_events.TryGetValue((policy.Id, sectionId), out var events))
        {
            _events[(policy.Id, sectionId)] = events = [];
        }

        events.Add(sectionEvent);
    }
}
