namespace PolicyKb.Search.Indexing;

/// <summary><c>index.json</c>: its format, the parts of the index in order, and the description as commit data (see <see cref="IndexDescription.ToCommitData"/>).</summary>
internal sealed record IndexListFile(int Format, ImmutableArray<IndexListFile.Part>? Parts, Dictionary<string, string>? Description)
{
    /// <summary>A part: its name (the folder it is in, under the parts folder) and its number of documents.</summary>
    public sealed record Part(string Name, int Count);
}
