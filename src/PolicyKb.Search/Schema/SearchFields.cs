namespace PolicyKb.Search.Schema;

/// <summary>The names of the fields of a section's Lucene document; the search page's export uses the same names.</summary>
public static class SearchFields
{
    /// <summary>Stable id: <c>policy/&lt;id&gt;/&lt;date&gt;#&lt;section&gt;</c> or <c>memo/&lt;id&gt;#&lt;section&gt;</c>.</summary>
    public const string Id = "id";

    /// <summary><see cref="SectionKinds.Policy"/> or <see cref="SectionKinds.Memo"/>.</summary>
    public const string Kind = "kind";

    /// <summary>The policy id or memo id: hits are grouped by it.</summary>
    public const string Document = "document";

    /// <summary>The version's id, yyyy-MM-dd[-n] (for a memo, the date of the change it describes).</summary>
    public const string Version = "version";

    /// <summary>The ids of the versions that have this same section, oldest first (stored only; none for a memo).</summary>
    public const string Versions = "versions";

    /// <summary><c>1</c> for current versions and memos, <c>0</c> for archived versions.</summary>
    public const string Current = "current";

    /// <summary>One value per audience the section is for.</summary>
    public const string Audience = "audience";

    public const string Url = "url";

    /// <summary>The document's title (analyzed, weighs least).</summary>
    public const string Title = "title";

    /// <summary>The section's own heading (analyzed, weighs more than text).</summary>
    public const string Heading = "heading";

    /// <summary>The headings of the section's ancestors, outermost first (stored only).</summary>
    public const string Path = "path";

    /// <summary>The section's own text (analyzed, with term vectors for snippets).</summary>
    public const string Text = "text";

    /// <summary>The names of the defined terms the section uses (analyzed, weighs more than text).</summary>
    public const string Terms = "terms";

    /// <summary>The ids of the defined terms the section uses.</summary>
    public const string TermIds = "term_id";

    /// <summary>Pairs of adjacent stems of heading and text.</summary>
    public const string Pairs = "pairs";

    /// <summary>Surface words (lower case, unstemmed) of title, heading and text: the vocabulary for prefix and typo matching.</summary>
    public const string Words = "words";

    /// <summary>The fields a query word is looked up in, in the order the query adds their clauses.</summary>
    public static readonly ImmutableArray<string> WordFields = [Text, Heading, Title, Terms];

    /// <summary>The fields a phrase is looked up in (they index positions).</summary>
    public static readonly ImmutableArray<string> PhraseFields = [Text, Heading];
}
