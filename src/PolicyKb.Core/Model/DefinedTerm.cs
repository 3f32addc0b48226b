namespace PolicyKb.Model;

/// <summary>
/// A term with a definition: listed in the glossary, or found where a document defines it (<c>... ("Content")</c>).
/// <paramref name="Definition"/> is in plain words for a listed term, the document's own sentence for an extracted one.
/// <paramref name="Aliases"/> are the other spellings and inflections that count as a use of the term;
/// <paramref name="Sources"/> are where the definition comes from (a document's section, or a URL).
/// </summary>
public sealed record DefinedTerm(
    string Id,
    string Term,
    string Definition,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Audiences,
    ImmutableArray<TermSource> Sources,
    SourceLocation Location)
{
    /// <summary>Where the entry comes from: the glossary file, or a document's own definition.</summary>
    public TermOrigin Origin { get; init; } = TermOrigin.Listed;

    /// <summary>The sentences in which the documents define the term themselves, in document order.</summary>
    public ImmutableArray<DefiningSentence> DefinedIn { get; init; } = [];

    /// <summary>
    /// Whether a use must have the same case as the term: true for a document's capitalised drafting term
    /// ("Content" is the defined term, "content" is the ordinary word).
    /// </summary>
    public bool MatchCase { get; init; }

    /// <summary>
    /// The ids of the policies (or memos) whose text uses the term in this sense; empty when it applies everywhere.
    /// A document's own definition holds in that document, not in others that happen to use the same word.
    /// </summary>
    public ImmutableArray<string> Scope { get; init; } = [];

    /// <summary>
    /// The id the source site gives its own definition popover of the term (the Privacy Center links
    /// <c>?annotations[0]=Definition-ThirdParty</c>); such links become references to this entry.
    /// </summary>
    public string? SourceAnnotation { get; init; }

    /// <summary>Why uses of the term are not linked, or null when they are.</summary>
    public string? NotLinkedReason { get; init; }

    public bool IsLinked => NotLinkedReason is null;

    /// <summary>The term and its aliases: every spelling that counts as a use.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Term);

    /// <summary>Whether the term's definition holds in the document <paramref name="documentId"/>.</summary>
    public bool AppliesTo(string documentId) => Scope.IsDefaultOrEmpty || Scope.Contains(documentId);
}
