using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Querying;

/// <summary>
/// A query as the index evaluates it, independent of Lucene: the scored clauses, the conditions every hit meets,
/// and the stems to highlight in section text. The search page's script builds the same plan from the same query.
/// </summary>
public sealed record QueryPlan(ImmutableArray<PlannedClause> Clauses, ImmutableArray<RequiredMatch> Required, ImmutableArray<string> Words)
{
    public static QueryPlan Empty { get; } = new([], [], []);

    public bool IsEmpty => Clauses.IsEmpty;

    /// <summary>The stems that matched in section text light up in snippets and on the target page.</summary>
    public ImmutableArray<string> HighlightTerms =>
        [.. Clauses.Where(c => c.Field == SearchFields.Text).SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal)];
}
