namespace PolicyKb.Search.Querying;

/// <summary>A condition every hit meets: it matches at least one of <paramref name="AnyOf"/> (a quoted phrase, in any field it is looked up in).</summary>
public sealed record RequiredMatch(ImmutableArray<PlannedClause> AnyOf);
