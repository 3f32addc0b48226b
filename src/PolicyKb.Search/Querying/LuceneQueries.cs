using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Querying;

/// <summary>
/// Builds Lucene queries from a <see cref="QueryPlan"/>: one flat disjunction of term and exact-phrase queries (so a
/// score is the plain sum of the clauses' BM25 scores, which the search page recomputes), and a filter for what a hit
/// must be (current, for an audience, containing the quoted phrases), since Lucene 4.8 has no non-scoring clause.
/// </summary>
public static class LuceneQueries
{
    public static Query Scoring(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in plan.Clauses)
        {
            query.Add(Clause(clause), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The filter of a search, or null when every section may be a hit.</summary>
    public static Filter? Filter(QueryPlan plan, string? audience, bool includeArchived)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var conditions = new BooleanQuery(disableCoord: true);
        if (!includeArchived)
        {
            conditions.Add(new TermQuery(new Term(SearchFields.Current, "1")), Occur.MUST);
        }

        if (audience is not null)
        {
            conditions.Add(new TermQuery(new Term(SearchFields.Audience, audience)), Occur.MUST);
        }

        foreach (var required in plan.Required)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var clause in required.AnyOf)
            {
                any.Add(Clause(clause), Occur.SHOULD);
            }

            conditions.Add(any, Occur.MUST);
        }

        return conditions.Clauses.Count == 0 ? null : new QueryWrapperFilter(conditions);
    }

    private static Query Clause(PlannedClause clause)
    {
        if (!clause.IsPhrase)
        {
            return new TermQuery(new Term(clause.Field, clause.Terms[0])) { Boost = clause.Boost };
        }

        var phrase = new PhraseQuery { Boost = clause.Boost };
        for (var i = 0; i < clause.Terms.Length; i++)
        {
            phrase.Add(new Term(clause.Field, clause.Terms[i]), clause.Positions[i]);
        }

        return phrase;
    }
}
