using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Where each defined term is used, made by <c>LinkDefinedTerms</c> for later steps: the glossary page's "used in"
/// links (<see cref="PlacesOf"/>), the terms of each version and memo (<see cref="TermsIn(PolicyVersion)"/>) and the
/// links they make.
/// </summary>
public sealed class TermUsage
{
    private readonly ILookup<string, TermOccurrence> _byTerm;
    private readonly ILookup<(DocumentKind, string, DateOnly), TermOccurrence> _byDocument;

    public TermUsage(IEnumerable<TermOccurrence> occurrences)
    {
        ImmutableArray<TermOccurrence> all = [.. occurrences];
        _byTerm = all.ToLookup(o => o.TermId, StringComparer.Ordinal);
        _byDocument = all.ToLookup(o => (o.Place.Kind, o.Place.DocumentId, o.Place.Date));
    }

    /// <summary>The sections that use the term, in document order (policies' versions oldest first, then memos).</summary>
    public IReadOnlyList<TermOccurrence> PlacesOf(string termId) => [.. _byTerm[termId]];

    public ImmutableSortedSet<string> TermsIn(PolicyVersion version) => TermsIn(DocumentKind.Policy, version.PolicyId, version.Date);

    public ImmutableSortedSet<string> TermsIn(Memo memo) => TermsIn(DocumentKind.Memo, memo.Id, memo.Date);

    /// <summary>The terms a version or memo links at least once (whose definitions its page carries for popovers).</summary>
    public ImmutableSortedSet<string> LinkedIn(DocumentKind kind, string documentId, DateOnly date) =>
        _byDocument[(kind, documentId, date)].Where(o => o.Links > 0).Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The number of term links in a version or memo.</summary>
    public int LinksIn(DocumentKind kind, string documentId, DateOnly date) => _byDocument[(kind, documentId, date)].Sum(o => o.Links);

    private ImmutableSortedSet<string> TermsIn(DocumentKind kind, string documentId, DateOnly date) =>
        _byDocument[(kind, documentId, date)].Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);
}
