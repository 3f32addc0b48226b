namespace PolicyKb.Search.Export.Format;

/// <summary>
/// The sections grouped as the index is cut into parts (whole documents, <see cref="Indexing.IndexParts.Cuts"/>): a
/// section's files are in the folder of the last group starting at or before it. With n its number in the group,
/// its <see cref="SectionFile"/> is item n mod <paramref name="BlockSize"/> of the JSON array <c>b&lt;k&gt;.json</c>,
/// k = n div <paramref name="BlockSize"/> (a block of consecutive sections: one file for several sections, as a
/// host pays per file and a query's hits are often neighbours); each further page p of its text is <c>n-p.txt</c>
/// (that page with the margin on each side, see <see cref="SnippetSettings"/>).
/// </summary>
/// <param name="Starts">The first document number of each group, ascending, the first 0.</param>
/// <param name="Dirs">The folder of each group, <c>sections/&lt;hash&gt;/</c>, named by the hash of the group's file names and contents.</param>
/// <param name="BlockSize">How many sections a block file holds (the last of a group may hold fewer).</param>
public sealed record SectionGroups(ImmutableArray<int> Starts, ImmutableArray<string> Dirs, int BlockSize);
