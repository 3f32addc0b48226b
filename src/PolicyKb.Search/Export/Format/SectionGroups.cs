namespace PolicyKb.Search.Export.Format;

/// <summary>
/// The sections grouped as the index is cut into parts (whole documents, <see cref="Indexing.IndexParts.Cuts"/>): a
/// section's files are in the folder of the last group starting at or before it, named by its number n in the group:
/// <c>n.json</c> (a <see cref="SectionFile"/>) and, for each further page p of its text, <c>n-p.txt</c> (that page with the margin on each side, see <see cref="SnippetSettings"/>).
/// </summary>
/// <param name="Starts">The first document number of each group, ascending, the first 0.</param>
/// <param name="Dirs">The folder of each group, <c>sections/&lt;hash&gt;/</c>, named by the hash of the group's file names and contents.</param>
public sealed record SectionGroups(ImmutableArray<int> Starts, ImmutableArray<string> Dirs);
