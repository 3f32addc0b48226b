namespace PolicyKb.Views;

/// <summary>What a term link's popover shows: the term and its definition (a document's own sentence for a term only it defines).</summary>
public sealed record TermTip(string Id, string Term, string Definition)
{
    /// <summary>The id of the popover element a term link names in <c>aria-describedby</c>.</summary>
    public static string ElementId(string termId) => "term-def-" + termId;
}
