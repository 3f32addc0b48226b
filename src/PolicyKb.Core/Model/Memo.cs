namespace PolicyKb.Model;

/// <summary>
/// A change memo: a short analysis of a change to one or more policies, with front matter.
/// <paramref name="PolicyIds"/> are the policies of this knowledge base the memo is about.
/// </summary>
public sealed record Memo(
    string Id,
    string Title,
    string? Description,
    ImmutableArray<string> Services,
    ImmutableArray<string> TermsTypes,
    ImmutableArray<DateOnly> Dates,
    ImmutableArray<string> Authors,
    ImmutableArray<string> RelatedCollections,
    ImmutableArray<string> PolicyIds,
    string SourcePath,
    DocumentContent Content)
{
    /// <summary>The date of the change the memo describes: the latest of its dates.</summary>
    public DateOnly Date => Dates.IsDefaultOrEmpty ? DateOnly.MinValue : Dates[^1];
}
