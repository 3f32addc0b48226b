namespace PolicyKb.Enriching.Terms;

/// <summary>The defined terms a policy's text starts or stops using between two of its versions.</summary>
public sealed record TermChanges(string PolicyId, DateOnly From, DateOnly To, ImmutableSortedSet<string> Appeared, ImmutableSortedSet<string> Disappeared);
