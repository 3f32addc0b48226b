using PolicyKb.Model;

namespace PolicyKb.Importing.Structure;

/// <summary>
/// A one-line paragraph of plain text that may be a section title written without heading markup.
/// The structure pass decides whether it becomes a heading or stays a paragraph.
/// </summary>
internal sealed record CandidateItem(Paragraph Paragraph, string Text) : FlatItem(Paragraph.Location);

/// <summary>A heading with no text: in Privacy Center exports it marks the line before it as a section title.</summary>
internal sealed record EmptyHeadingItem(SourceLocation Location) : FlatItem(Location);
