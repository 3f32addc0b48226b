namespace PolicyKb.Model;

/// <summary>
/// Picks sections of one document for an audience: a section matches when its heading (or a parent's) contains one
/// of <paramref name="Headings"/>, its text contains one of <paramref name="Phrases"/>, or it uses one of <paramref name="Terms"/>.
/// Matching is case-insensitive.
/// </summary>
public sealed record SectionRule(
    string Document,
    ImmutableArray<string> Headings,
    ImmutableArray<string> Phrases,
    ImmutableArray<string> Terms,
    SourceLocation Location)
{
    /// <summary>Where each of <see cref="Terms"/> is written, in the same order, so that a term the glossary lacks is reported at its line.</summary>
    public ImmutableArray<SourceLocation> TermLocations { get; init; } = [];
}
