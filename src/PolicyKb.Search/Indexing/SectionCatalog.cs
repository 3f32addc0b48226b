using PolicyKb.Enriching.Audiences;
using PolicyKb.Model;
using PolicyKb.Search.Schema;
using PolicyKb.Urls;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// Lists the sections of a knowledge base in index order: each policy's current version, then its archived versions
/// newest first, then the memos. The order matters: equal scores rank by it, so current text comes first.
/// A section that is the same in several versions of a policy (the same id, heading, headings above it and text) is
/// listed once, where it is newest, with <see cref="IndexedSection.Versions"/> naming every version that has it: a
/// section unchanged in 40 versions is one hit, not 40, and a current section names the earlier versions it was
/// already in.
/// Sections with no text of their own (a heading over subsections) are left out: their subsections carry the
/// heading in their path, and a hit on an empty section would show nothing.
/// </summary>
public static class SectionCatalog
{
    /// <summary>
    /// The sections of <paramref name="knowledgeBase"/>; <paramref name="relevance"/> is the build's decision of which
    /// sections matter to which audience (computed here when the build has not made it).
    /// </summary>
    public static IEnumerable<IndexedSection> Of(KnowledgeBase knowledgeBase, AudienceRelevance? relevance = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        relevance ??= AudienceRelevance.Compute(knowledgeBase);
        foreach (var policy in knowledgeBase.Policies)
        {
            // A section whose wording is the same in many versions is one entry, the newest of them, that names them all.
            var entries = new List<Entry>();
            var byWording = new Dictionary<(string Id, string Heading, string Path, string Text), Entry>();
            foreach (var version in policy.Versions.Reverse())
            {
                var current = ReferenceEquals(version, policy.Current);
                var page = current ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(version);
                var idPrefix = $"{SectionKinds.Policy}/{policy.Id}/{version.Id}#";
                var owner = new Owner(SectionKinds.Policy, policy.Id, version.Id, current, policy.Metadata.Title, page, idPrefix);
                // The text before the first heading is in no section: it is for the audiences that read the whole policy.
                ImmutableArray<string> primary = [.. knowledgeBase.Audiences.Where(a => relevance.IsPrimary(a.Id, policy.Id)).Select(a => a.Id)];
                Add(Section(owner, knowledgeBase.Glossary, "", "", [], version.Content.Preamble, primary), version.Id);
                foreach (var (section, trail) in Walk(version.Content.Sections, []))
                {
                    ImmutableArray<string> audiences = [.. knowledgeBase.Audiences.Where(a => relevance.Sections(a.Id, version).Contains(section.Id)).Select(a => a.Id)];
                    Add(Section(owner, knowledgeBase.Glossary, section.Id, section.Heading, [.. trail.Select(s => s.Heading)], section.Blocks, audiences), version.Id);
                }
            }

            foreach (var entry in entries)
            {
                entry.Versions.Reverse();
                yield return entry.Section with { Versions = [.. entry.Versions] };
            }

            void Add(IndexedSection? section, string versionId)
            {
                if (section is null)
                {
                    return;
                }

                var wording = (section.Id[section.Id.IndexOf('#', StringComparison.Ordinal)..], section.Heading, string.Join('\u001f', section.Path), section.Text);
                if (!byWording.TryGetValue(wording, out var entry))
                {
                    entry = new Entry(section, []);
                    byWording.Add(wording, entry);
                    entries.Add(entry);
                }

                entry.Versions.Add(versionId);
            }
        }

        ImmutableArray<string> memoAudiences = [.. knowledgeBase.Audiences.Where(a => a.IncludesMemos).Select(a => a.Id)];
        foreach (var memo in knowledgeBase.Memos)
        {
            var date = memo.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var owner = new Owner(SectionKinds.Memo, memo.Id, date, true, memo.Title, SiteUrls.Memo(memo.Id), $"{SectionKinds.Memo}/{memo.Id}#");
            var preamble = Section(owner, knowledgeBase.Glossary, "", "", [], memo.Content.Preamble, memoAudiences);
            if (preamble is not null)
            {
                yield return preamble;
            }

            foreach (var (section, trail) in Walk(memo.Content.Sections, []))
            {
                var indexed = Section(owner, knowledgeBase.Glossary, section.Id, section.Heading, [.. trail.Select(s => s.Heading)], section.Blocks, memoAudiences);
                if (indexed is not null)
                {
                    yield return indexed;
                }
            }
        }
    }

    private static IEnumerable<(Section Section, ImmutableArray<Section> Trail)> Walk(ImmutableArray<Section> sections, ImmutableArray<Section> trail)
    {
        foreach (var section in sections)
        {
            yield return (section, trail);
            foreach (var descendant in Walk(section.Children, trail.Add(section)))
            {
                yield return descendant;
            }
        }
    }

    private static IndexedSection? Section(Owner owner, Glossary glossary, string sectionId, string heading, ImmutableArray<string> path, ImmutableArray<Block> blocks, ImmutableArray<string> audiences)
    {
        var text = PlainText.OfBlocks(blocks);
        if (text.Length == 0)
        {
            return null;
        }

        var termIds = SectionTermIds.In(blocks);
        var termNames = termIds.Select(id => glossary.Find(id)?.Term).OfType<string>().ToImmutableArray();
        var url = sectionId.Length == 0 ? owner.Page : owner.Page + "#" + sectionId;
        return new IndexedSection(owner.IdPrefix + sectionId, owner.Kind, owner.Document, owner.Version, owner.Current, audiences, url, owner.Title, heading, path, text, termIds, termNames);
    }

    /// <summary>A section of a policy as first met (in its newest version) and the versions that have the same section.</summary>
    private sealed record Entry(IndexedSection Section, List<string> Versions);

    private sealed record Owner(string Kind, string Document, string Version, bool Current, string Title, string Page, string IdPrefix);
}
