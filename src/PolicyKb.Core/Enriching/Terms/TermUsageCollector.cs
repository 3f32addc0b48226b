using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Counts, section by section, the uses of each term (in the heading and the text, link text included) and the
/// term links in a linked knowledge base.
/// </summary>
public static class TermUsageCollector
{
    /// <summary>
    /// Counts the uses in every version and memo of <paramref name="linked"/>. With a <paramref name="cache"/> and the
    /// key of the glossary's terms, the uses in a version counted before with that key are taken from it.
    /// </summary>
    public static TermUsage Collect(KnowledgeBase linked, (TermLinkCache Cache, string Key)? cache = null)
    {
        ArgumentNullException.ThrowIfNull(linked);
        var matchers = new ScopedMatchers(linked.Glossary);
        // Document by document on all cores (the matchers are safe to share), gathered in the documents' order.
        var versions = linked.Policies.SelectMany(p => p.Versions.Select(v => (Version: v, Title: p.Metadata.Title))).ToList();
        var found = new IReadOnlyList<TermOccurrence>[versions.Count + linked.Memos.Length];
        Parallel.For(0, found.Length, i =>
        {
            if (i >= versions.Count)
            {
                found[i] = Count(DocumentPlaces.Of(linked.Memos[i - versions.Count]), matchers);
                return;
            }

            var (version, title) = versions[i];
            found[i] = cache is { } kept
                ? kept.Cache.Count(version, title, kept.Key, () => Count(DocumentPlaces.Of(version, title), matchers))
                : Count(DocumentPlaces.Of(version, title), matchers);
        });

        return new TermUsage(found.SelectMany(o => o));
    }

    private static List<TermOccurrence> Count(IEnumerable<PlaceBlocks> places, ScopedMatchers matchers)
    {
        var occurrences = new List<TermOccurrence>();
        foreach (var place in places)
        {
            var matcher = matchers.For(place.Scope);
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            var links = new Dictionary<string, int>(StringComparer.Ordinal);
            if (place.Place.SectionId is not null)
            {
                Count(uses, matcher.Matches(place.Place.Heading).Select(m => m.TermId));
            }

            foreach (var run in InlineRuns.Of(place.Blocks))
            {
                Count(uses, matcher.Matches(PlainText.Of(run.Inlines)).Select(m => m.TermId));
                Count(links, run.Inlines.Descendants<TermReference>().Select(r => r.TermId));
            }

            occurrences.AddRange(uses.Keys.Union(links.Keys).Order(StringComparer.Ordinal)
                .Select(id => new TermOccurrence(id, place.Place, uses.GetValueOrDefault(id), links.GetValueOrDefault(id))));
        }

        return occurrences;
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<string> termIds)
    {
        foreach (var id in termIds)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }
}
