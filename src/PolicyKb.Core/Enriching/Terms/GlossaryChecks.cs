using PolicyKb.Diagnostics;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Checks between the merged glossary and the rest of the knowledge base: the audiences' section rules name glossary
/// terms, and every listed term is used somewhere.
/// </summary>
public static class GlossaryChecks
{
    /// <summary>Each term of a section rule must be a glossary id; a term or alias written instead is reported with the id it means.</summary>
    public static void CheckAudienceRules(ImmutableArray<Audience> audiences, Glossary glossary, DiagnosticBag diagnostics)
    {
        var matcher = new TermMatcher(glossary.Terms);
        foreach (var audience in audiences)
        {
            foreach (var rule in audience.SectionRules)
            {
                for (var i = 0; i < rule.Terms.Length; i++)
                {
                    var name = rule.Terms[i];
                    if (glossary.Find(name) is not null)
                    {
                        continue;
                    }

                    var location = i < rule.TermLocations.Length ? rule.TermLocations[i] : rule.Location;
                    diagnostics.Error(location, matcher.Matches(name) is [var meant] && meant.Start == 0 && meant.Length == name.Length
                        ? $"section rule of audience '{audience.Id}' names term '{name}'; rules name terms by glossary id: did you mean '{meant.TermId}'?"
                        : $"section rule of audience '{audience.Id}' names term '{name}', which the glossary does not define; glossary ids: {string.Join(", ", glossary.Terms.Where(t => t.IsLinked).Select(t => t.Id))}");
                }
            }
        }
    }

    public static void CheckUsed(Glossary glossary, TermUsage usage, DiagnosticBag diagnostics)
    {
        foreach (var term in glossary.Terms.Where(t => t.Origin == TermOrigin.Listed && usage.PlacesOf(t.Id).Count == 0))
        {
            diagnostics.Warning(term.Location, $"glossary term '{term.Id}' is used in no document: check its spelling and aliases");
        }
    }
}
