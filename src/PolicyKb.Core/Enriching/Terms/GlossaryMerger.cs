using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Makes the glossary of the knowledge base from the listed terms and the definitions the documents make.
/// A definition of a listed term (by its term or an alias, "SCA") adds the document's defining sentence to the
/// listed entry, which keeps its plain-words definition. Any other defined term becomes an entry of its own,
/// holding in the document that defines it, with that document's audiences; a term defined in lower case is
/// kept but not linked.
/// </summary>
public static class GlossaryMerger
{
    public static Glossary Merge(ImmutableArray<DefinedTerm> listed, ImmutableArray<ExtractedDefinition> extracted, KnowledgeBase knowledgeBase)
    {
        var listedByPhrase = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in listed)
        {
            foreach (var key in term.Spellings.SelectMany(TermTokenizer.Keys))
            {
                listedByPhrase.TryAdd(key, term.Id);
            }
        }

        var sentencesOfListed = new Dictionary<string, List<DefiningSentence>>(StringComparer.Ordinal);
        var ids = listed.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var own = new List<DefinedTerm>();
        foreach (var group in extracted.GroupBy(e => (e.Term, e.DocumentId)).OrderBy(g => g.Key.Term, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.DocumentId, StringComparer.Ordinal))
        {
            var sentences = group.Select(e => e.Sentence).ToList();
            if (TermTokenizer.Keys(group.Key.Term).FirstOrDefault() is { } key && listedByPhrase.TryGetValue(key, out var listedId))
            {
                if (!sentencesOfListed.TryGetValue(listedId, out var list))
                {
                    sentencesOfListed[listedId] = list = [];
                }

                list.AddRange(sentences);
                continue;
            }

            var id = Slug.From(group.Key.Term, "term");
            if (!ids.Add(id))
            {
                id = Slug.From(group.Key.Term + " " + group.Key.DocumentId, "term");
                ids.Add(id);
            }

            own.Add(Extracted(id, group.Key.Term, group.Key.DocumentId, sentences, knowledgeBase));
        }

        var merged = listed.Select(t => sentencesOfListed.TryGetValue(t.Id, out var sentences) ? t with { DefinedIn = [.. sentences] } : t);
        return new Glossary([.. merged, .. own]);
    }

    private static DefinedTerm Extracted(string id, string term, string documentId, List<DefiningSentence> sentences, KnowledgeBase knowledgeBase)
    {
        var first = sentences[0];
        var sources = sentences.Select(s => (s.Place.Kind, s.Place.DocumentId, s.Place.SectionId)).Distinct()
            .Select(s => new TermSource(s.DocumentId, s.SectionId, null, first.Location) { DocumentKind = s.Kind });
        return new DefinedTerm(id, term, first.Sentence, [], AudiencesOf(documentId, knowledgeBase), [.. sources], first.Location)
        {
            Origin = TermOrigin.Extracted,
            DefinedIn = [.. sentences],
            MatchCase = true,
            Scope = [documentId],
            NotLinkedReason = char.IsLower(term[0])
                ? $"defined in lower case: elsewhere \"{term}\" is an ordinary word, and linking each use would mark ordinary words as the defined term"
                : null,
        };
    }

    private static ImmutableArray<string> AudiencesOf(string documentId, KnowledgeBase knowledgeBase)
    {
        var policyIds = knowledgeBase.FindPolicy(documentId) is { } policy
            ? [policy.Id]
            : knowledgeBase.Memos.FirstOrDefault(m => m.Id == documentId)?.PolicyIds ?? [];
        return [.. policyIds.Select(knowledgeBase.FindPolicy).OfType<Policy>().SelectMany(p => p.Metadata.Audiences).Distinct()];
    }
}
