using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// The knowledge base as <see cref="LinkDefinedTerms"/> left it: with its glossary, and the uses of its terms linked
/// in every version and memo. Every step after linking reads this one.
/// </summary>
public sealed record LinkedKnowledgeBase(KnowledgeBase KnowledgeBase);
