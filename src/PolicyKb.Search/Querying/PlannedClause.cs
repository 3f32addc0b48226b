namespace PolicyKb.Search.Querying;

/// <summary>
/// One scored clause of a query: a term (one entry in <paramref name="Terms"/>) or an exact phrase (several, at
/// <paramref name="Positions"/>) in one field, with its boost. A query's score is the sum of its clauses' BM25 scores.
/// </summary>
public sealed record PlannedClause(string Field, ImmutableArray<string> Terms, ImmutableArray<int> Positions, float Boost)
{
    public bool IsPhrase => Terms.Length > 1;

    public static PlannedClause Term(string field, string term, float boost) => new(field, [term], [0], boost);

    /// <summary>Identifies the clause regardless of its boost: a query never scores the same term or phrase in a field twice.</summary>
    public string Key => Field + "\u0001" + string.Join("\u0002", Terms) + "\u0001" + string.Join(",", Positions);
}
