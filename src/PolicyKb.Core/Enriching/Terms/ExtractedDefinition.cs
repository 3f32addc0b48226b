using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>A definition found in a document: the term, the document (policy or memo id) it holds in, and the defining sentence.</summary>
public sealed record ExtractedDefinition(string Term, string DocumentId, DefiningSentence Sentence);
