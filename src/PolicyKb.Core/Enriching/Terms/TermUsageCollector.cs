using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Counts, section by section, the uses of each term (in the heading and the text, link text included) and the
/// term links in a linked knowledge base.
/// </summary>
public static class TermUsageCollector
{
    public static TermUsage Collect(KnowledgeBase linked)
    {
        var matchers = new ScopedMatchers(linked.Glossary);
        var places = DocumentPlaces.Of(linked).ToList();
        // Place by place on all cores (the matchers are safe to share), gathered in the places' order.
        var found = new List<TermOccurrence>[places.Count];
        Parallel.For(0, places.Count, i =>
        {
            var place = places[i];
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

            found[i] = [.. uses.Keys.Union(links.Keys).Order(StringComparer.Ordinal)
                .Select(id => new TermOccurrence(id, place.Place, uses.GetValueOrDefault(id), links.GetValueOrDefault(id)))];
        });

        var occurrences = found.SelectMany(o => o).ToList();
        return new TermUsage(occurrences);
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<string> termIds)
    {
        foreach (var id in termIds)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }
}
