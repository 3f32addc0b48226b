using PolicyKb.Model;

namespace PolicyKb.Importing;

/// <summary>What an importer makes of one source file: the document's own title, its content and the date it states.</summary>
public sealed record ImportedDocument(string? Title, DocumentContent Content, DateOnly? StatedDate);
