using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Where each defined term is used, made by <c>LinkDefinedTerms</c> for later steps: the glossary page's "used in"
/// links (<see cref="PlacesOf"/>), the terms of each version and memo (<see cref="TermsIn(PolicyVersion)"/>), and the
/// terms that appear or disappear between versions (<see cref="Compare"/>).
/// </summary>
public sealed class TermUsage
{
    private readonly ILookup<string, TermOccurrence> _byTerm;
    private readonly ILookup<(DocumentKind, string, DateOnly), TermOccurrence> _byDocument;
    private readonly ILookup<SectionPlace, TermOccurrence> _byPlace;

    public TermUsage(IEnumerable<TermOccurrence> occurrences)
    {
        Occurrences = [.. occurrences];
        _byTerm = Occurrences.ToLookup(o => o.TermId, StringComparer.Ordinal);
        _byDocument = Occurrences.ToLookup(o => (o.Place.Kind, o.Place.DocumentId, o.Place.Date));
        _byPlace = Occurrences.ToLookup(o => o.Place);
    }

    /// <summary>Every use of every term, section by section, in document order.</summary>
    public ImmutableArray<TermOccurrence> Occurrences { get; }

    /// <summary>The sections that use the term, in document order (policies' versions oldest first, then memos).</summary>
    public IReadOnlyList<TermOccurrence> PlacesOf(string termId) => [.. _byTerm[termId]];

    public ImmutableSortedSet<string> TermsIn(PolicyVersion version) => TermsIn(DocumentKind.Policy, version.PolicyId, version.Date);

    public ImmutableSortedSet<string> TermsIn(Memo memo) => TermsIn(DocumentKind.Memo, memo.Id, memo.Date);

    public ImmutableSortedSet<string> TermsIn(DocumentKind kind, string documentId, DateOnly date) =>
        _byDocument[(kind, documentId, date)].Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The terms one section uses (for audience rules that pick sections by term).</summary>
    public ImmutableSortedSet<string> TermsAt(SectionPlace place) => _byPlace[place].Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The terms a version or memo links at least once (whose definitions its page carries for popovers).</summary>
    public ImmutableSortedSet<string> LinkedIn(DocumentKind kind, string documentId, DateOnly date) =>
        _byDocument[(kind, documentId, date)].Where(o => o.Links > 0).Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The number of term links in a version or memo.</summary>
    public int LinksIn(DocumentKind kind, string documentId, DateOnly date) => _byDocument[(kind, documentId, date)].Sum(o => o.Links);

    /// <summary>The versions whose text uses the term, as (policy id, version date), in order.</summary>
    public IReadOnlyList<(string PolicyId, DateOnly Date)> VersionsUsing(string termId) =>
        [.. _byTerm[termId].Where(o => o.Place.Kind == DocumentKind.Policy).Select(o => (o.Place.DocumentId, o.Place.Date)).Distinct()];

    /// <summary>The terms that the version dated <paramref name="to"/> uses and the one dated <paramref name="from"/> does not, and the reverse.</summary>
    public TermChanges Compare(string policyId, DateOnly from, DateOnly to)
    {
        var before = TermsIn(DocumentKind.Policy, policyId, from);
        var after = TermsIn(DocumentKind.Policy, policyId, to);
        return new TermChanges(policyId, from, to, after.Except(before), before.Except(after));
    }
}
