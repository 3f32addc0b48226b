using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Every section of every policy version and memo, as a place with its own blocks (the blocks before the first
/// heading count as one place) and the ids of the documents its text speaks for: a version speaks for its policy,
/// a memo for itself and the policies it is about.
/// </summary>
internal static class DocumentPlaces
{
    public static IEnumerable<PlaceBlocks> Of(KnowledgeBase knowledgeBase) =>
        knowledgeBase.Policies.SelectMany(p => p.Versions.SelectMany(v => Of(v, p.Metadata.Title)))
            .Concat(knowledgeBase.Memos.SelectMany(Of));

    public static IEnumerable<PlaceBlocks> Of(PolicyVersion version, string policyTitle) =>
        Of(DocumentKind.Policy, version.PolicyId, version.Date, version.Id, version.Title ?? policyTitle, version.Content, ScopeOf(version));

    public static IEnumerable<PlaceBlocks> Of(Memo memo) =>
        Of(DocumentKind.Memo, memo.Id, memo.Date, TermUsage.MemoKey(memo), memo.Title, memo.Content, ScopeOf(memo));

    public static ImmutableArray<string> ScopeOf(PolicyVersion version) => [version.PolicyId];

    public static ImmutableArray<string> ScopeOf(Memo memo) => [memo.Id, .. memo.PolicyIds];

    private static IEnumerable<PlaceBlocks> Of(DocumentKind kind, string id, DateOnly date, string versionId, string title, DocumentContent content, ImmutableArray<string> scope)
    {
        if (!content.Preamble.IsEmpty)
        {
            yield return new PlaceBlocks(new SectionPlace(kind, id, date, null, title) { VersionId = versionId }, content.Preamble, scope);
        }

        foreach (var section in content.AllSections())
        {
            yield return new PlaceBlocks(new SectionPlace(kind, id, date, section.Id, section.Heading) { VersionId = versionId }, section.Blocks, scope);
        }
    }
}

/// <summary>A place's own blocks (not its subsections') and the documents its text speaks for.</summary>
internal sealed record PlaceBlocks(SectionPlace Place, ImmutableArray<Block> Blocks, ImmutableArray<string> Scope);
