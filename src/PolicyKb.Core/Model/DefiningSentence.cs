namespace PolicyKb.Model;

/// <summary>A sentence in which a document defines a term itself, and where it is.</summary>
public sealed record DefiningSentence(string Sentence, SectionPlace Place, SourceLocation Location);
