using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>The defined terms a document uses: the ids of the <see cref="TermReference"/>s the term linker put in its inlines.</summary>
public static class TermUses
{
    /// <summary>The term ids used anywhere in the content (preamble, headings' sections, lists, tables), sorted.</summary>
    public static ImmutableArray<string> Of(DocumentContent content) =>
        [.. content.Descendants<TermReference>().Select(r => r.TermId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
