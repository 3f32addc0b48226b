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
    private readonly ILookup<(DocumentKind, string, string), TermOccurrence> _byDocument;

    public TermUsage(IEnumerable<TermOccurrence> occurrences)
    {
        ImmutableArray<TermOccurrence> all = [.. occurrences];
        _byTerm = all.ToLookup(o => o.TermId, StringComparer.Ordinal);
        _byDocument = all.ToLookup(o => (o.Place.Kind, o.Place.DocumentId, o.Place.VersionId));
    }

    /// <summary>The sections that use the term, in document order (policies' versions oldest first, then memos).</summary>
    public IReadOnlyList<TermOccurrence> PlacesOf(string termId) => [.. _byTerm[termId]];

    public ImmutableSortedSet<string> TermsIn(PolicyVersion version) => TermsIn(DocumentKind.Policy, version.PolicyId, version.Id);

    public ImmutableSortedSet<string> TermsIn(Memo memo) => TermsIn(DocumentKind.Memo, memo.Id, MemoKey(memo));

    /// <summary>The key of a memo's places: its date (see <see cref="SectionPlace.VersionId"/>).</summary>
    public static string MemoKey(Memo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        return memo.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The terms a version (by its id) or memo (by <see cref="MemoKey"/>) links at least once (whose definitions its
    /// page carries for popovers).
    /// </summary>
    public ImmutableSortedSet<string> LinkedIn(DocumentKind kind, string documentId, string versionId) =>
        _byDocument[(kind, documentId, versionId)].Where(o => o.Links > 0).Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The number of term links in a version or memo.</summary>
    public int LinksIn(DocumentKind kind, string documentId, string versionId) => _byDocument[(kind, documentId, versionId)].Sum(o => o.Links);

    private ImmutableSortedSet<string> TermsIn(DocumentKind kind, string documentId, string versionId) =>
        _byDocument[(kind, documentId, versionId)].Select(o => o.TermId).ToImmutableSortedSet(StringComparer.Ordinal);
}
