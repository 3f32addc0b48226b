using PolicyKb.Model;

namespace PolicyKb.Importing.Folder;

/// <summary>The knowledge base as <see cref="ReadInputFolder"/> read it: documents as written, before any enrichment.</summary>
public sealed record ImportedKnowledgeBase(KnowledgeBase KnowledgeBase);
