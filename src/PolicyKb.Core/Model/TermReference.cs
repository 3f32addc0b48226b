namespace PolicyKb.Model;

/// <summary>A use of a defined term, linked to its glossary entry. Added by the term linker, never by an importer.</summary>
public sealed record TermReference(string TermId, ImmutableArray<Inline> Children) : Inline;
