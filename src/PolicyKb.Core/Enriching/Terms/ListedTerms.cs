using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>The terms <c>glossary.yml</c> lists, as <see cref="ReadGlossary"/> read them.</summary>
public sealed record ListedTerms(ImmutableArray<DefinedTerm> Terms);
