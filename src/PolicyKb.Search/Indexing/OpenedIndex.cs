using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// An index in a folder written by <see cref="PartedIndex"/>, open for reading: its parts as one reader, and its
/// description. Disposing closes the parts.
/// </summary>
public sealed class OpenedIndex : IDisposable
{
    private readonly List<Lucene.Net.Store.Directory> _directories;

    private OpenedIndex(IndexReader reader, IndexDescription description, List<Lucene.Net.Store.Directory> directories)
    {
        Reader = reader;
        Description = description;
        _directories = directories;
    }

    public IndexReader Reader { get; }

    public IndexDescription Description { get; }

    /// <summary>Opens the index in <paramref name="indexFolder"/>; throws <see cref="InvalidDataException"/> or <see cref="IOException"/> when it is missing or damaged.</summary>
    public static OpenedIndex Open(string indexFolder) => Open(indexFolder, PartedIndex.PartsFolder(indexFolder));

    /// <summary>The same, with its parts in <paramref name="partsFolder"/> (an index folder being written is not yet where its name says).</summary>
    internal static OpenedIndex Open(string indexFolder, string partsFolder)
    {
        var (description, parts) = IndexList.Read(indexFolder)
            ?? throw new InvalidDataException($"{indexFolder} holds no search index ({IndexList.FileName} is missing). Build the site.");
        var directories = new List<Lucene.Net.Store.Directory>();
        var readers = new List<IndexReader>();
        try
        {
            foreach (var part in parts)
            {
                var directory = FSDirectory.Open(Path.Combine(partsFolder, part.Name));
                directories.Add(directory);
                var reader = DirectoryReader.Open(directory);
                readers.Add(reader);
                if (reader.MaxDoc != part.Count || !reader.IndexCommit.UserData.TryGetValue(PartedIndex.PartKey, out var name) || name != part.Name)
                {
                    throw new InvalidDataException($"The search index part {part.Name} does not hold what {IndexList.FileName} lists. Rebuild the index.");
                }
            }

            return new OpenedIndex(new MultiReader([.. readers], closeSubReaders: true), description, directories);
        }
        catch
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }

            foreach (var directory in directories)
            {
                directory.Dispose();
            }

            throw;
        }
    }

    public void Dispose()
    {
        Reader.Dispose();
        foreach (var directory in _directories)
        {
            directory.Dispose();
        }
    }
}
