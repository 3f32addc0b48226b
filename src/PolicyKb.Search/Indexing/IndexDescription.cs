using System.Text.Json;
using PolicyKb.Model;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// What a query needs besides the postings, kept with the index (in a single index's commit data; for an index in
/// parts, in its list, see <see cref="PartedIndex"/>) so that the searcher and the
/// static export read everything from the index itself: the audiences to filter by, and the glossary's spellings
/// grouped by term (each group's forms are synonyms of each other at query time), and the fingerprint of the input
/// it was built from (see <see cref="InputFingerprint"/>), empty when unknown; and the hash of its content (see
/// <see cref="SearchIndexWriter.Describe(PolicyKb.Model.KnowledgeBase, ImmutableArray{IndexPart}, string)"/>), empty when unknown.
/// </summary>
public sealed record IndexDescription(ImmutableArray<AudienceLabel> Audiences, ImmutableArray<ImmutableArray<SynonymForm>> Synonyms, string Fingerprint, string Content = "")
{
    internal const string AudiencesKey = "policykb.audiences";
    internal const string SynonymsKey = "policykb.synonyms";
    private const string FingerprintKey = "policykb.input";
    private const string ContentKey = "policykb.content";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IndexDescription Of(KnowledgeBase knowledgeBase, PolicyAnalyzer analyzer, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var audiences = knowledgeBase.Audiences.Select(a => new AudienceLabel(a.Id, a.ShortName)).ToImmutableArray();
        var synonyms = ImmutableArray.CreateBuilder<ImmutableArray<SynonymForm>>();
        foreach (var term in knowledgeBase.Glossary.Terms)
        {
            var forms = new List<SynonymForm>();
            foreach (var spelling in term.Aliases.Prepend(term.Term))
            {
                var tokens = TextAnalysis.Tokens(analyzer, SearchFields.Text, spelling);
                if (tokens.IsEmpty || forms.Any(f => f.Terms.SequenceEqual(tokens.Select(t => t.Term))))
                {
                    continue;
                }

                forms.Add(new SynonymForm([.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - tokens[0].Position)]));
            }

            if (forms.Count > 1)
            {
                synonyms.Add([.. forms]);
            }
        }

        return new IndexDescription(audiences, synonyms.ToImmutable(), fingerprint);
    }

    public IDictionary<string, string> ToCommitData() => new Dictionary<string, string>
    {
        [AudiencesKey] = JsonSerializer.Serialize(Audiences, Json),
        [SynonymsKey] = JsonSerializer.Serialize(Synonyms, Json),
        [FingerprintKey] = Fingerprint,
        [ContentKey] = Content,
    };

    public static IndexDescription FromCommitData(IDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.TryGetValue(AudiencesKey, out var audiences) || !data.TryGetValue(SynonymsKey, out var synonyms))
        {
            throw new InvalidDataException("The search index has no description; it was not written by SearchIndexWriter. Rebuild it.");
        }

        return new IndexDescription(
            JsonSerializer.Deserialize<ImmutableArray<AudienceLabel>>(audiences, Json),
            JsonSerializer.Deserialize<ImmutableArray<ImmutableArray<SynonymForm>>>(synonyms, Json),
            data.TryGetValue(FingerprintKey, out var fingerprint) ? fingerprint : "",
            data.TryGetValue(ContentKey, out var content) ? content : "");
    }
}
