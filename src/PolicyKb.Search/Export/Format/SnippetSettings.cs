namespace PolicyKb.Search.Export.Format;

/// <summary>How a snippet is cut (<see cref="Results.SnippetBuilder"/>) and a section's text is paged (<see cref="Results.TextPages"/>).</summary>
/// <param name="MaxLength">A snippet's length at most, in characters.</param>
/// <param name="Lead">How many characters a snippet starts before its first match.</param>
/// <param name="MinPageLength">The shortest page: a text of length L is cut into pages of max(MinPageLength, ⌈L / MaxPages⌉) characters.</param>
/// <param name="MaxPages">The most pages a text is cut into.</param>
/// <param name="Margin">How many characters of the text beyond each side of a page its file holds, for the snippet's window and the words at its edges.</param>
public sealed record SnippetSettings(int MaxLength, int Lead, int MinPageLength, int MaxPages, int Margin);
