using System.Collections.Concurrent;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKb.Pipeline;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// The search index as a build keeps it: its <see cref="IndexPart"/>s, each a Lucene index of one segment in a folder
/// named by its content (under <see cref="PartsFolder"/>, beside the index folder), and the index folder, which lists
/// the parts in order with the index's <see cref="IndexDescription"/> (<see cref="ListFile"/>) and keeps the export
/// beside them. Read together (a <see cref="MultiReader"/>, see <see cref="OpenedIndex"/>), the parts are one index:
/// document ids run through them in catalog order, and term and collection statistics are their sums, so scores and
/// the export are exactly those of a single index of every section. A build writes only the parts it does not have
/// yet: after an edit to one policy, that policy's part.
/// </summary>
public static class PartedIndex
{
    /// <summary>The list of parts and the description, in the index folder.</summary>
    public const string ListFile = "index.json";

    /// <summary>The commit data key of a part's name (its content hash).</summary>
    internal const string PartKey = "policykb.part";

    private const int Format = 1;

    /// <summary>Parts no index lists are deleted once they are this old (a build beside this one may be about to list them).</summary>
    private static readonly TimeSpan UnlistedPartsKept = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The folder of the parts of the index in <paramref name="indexFolder"/>: beside it, named after it.</summary>
    public static string PartsFolder(string indexFolder)
    {
        var full = Path.GetFullPath(indexFolder).TrimEnd(Path.DirectorySeparatorChar);
        return full + "-parts";
    }

    /// <summary>
    /// Writes the parts of <paramref name="sections"/> that are missing (on all cores, largest first), then replaces
    /// the index folder with one that lists <paramref name="parts"/> and <paramref name="description"/>;
    /// <paramref name="finish"/> is given the new index, opened, and the new folder (to put files of its own in)
    /// before it takes the old one's place. With <paramref name="verifyParts"/> (a full build), a part already there
    /// is opened and checked before it is used, and written again unless it is whole.
    /// </summary>
    public static T Write<T>(
        string indexFolder, IReadOnlyList<IndexedSection> sections, ImmutableArray<IndexPart> parts, IndexDescription description,
        Func<OpenedIndex, string, T> finish, bool verifyParts = false, Action<int>? written = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(finish);
        var partsFolder = PartsFolder(indexFolder);
        System.IO.Directory.CreateDirectory(partsFolder);
        var missing = parts.Where(p => !Reuse(partsFolder, p, verifyParts)).OrderByDescending(p => p.Count).ThenBy(p => p.Start).ToList();
        // Writers on threads of their own, not the pool's: each waits on its analysis thread, and the pool is busy rendering.
        // After a failure the other writers stop at their next part, and all have stopped before this returns.
        var queue = new ConcurrentQueue<IndexPart>(missing);
        var failed = 0;
        var writers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, missing.Count)).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (Volatile.Read(ref failed) == 0 && queue.TryDequeue(out var part))
                {
                    try
                    {
                        WritePart(partsFolder, sections, part);
                    }
                    catch
                    {
                        Interlocked.Exchange(ref failed, 1);
                        throw;
                    }
                }
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        FirstFailure.Unwrap(() => Task.WaitAll(writers));

        written?.Invoke(missing.Count);
        var result = SearchIndexFolder.Replace(indexFolder, staging =>
        {
            WriteList(staging, parts, description);
            using var index = OpenedIndex.Open(staging, partsFolder);
            return finish(index, staging);
        });
        DeleteUnlisted(partsFolder, parts);
        return result;
    }

    /// <summary>The description and parts listed in <paramref name="indexFolder"/>, or null if it has no list; throws <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static (IndexDescription Description, ImmutableArray<IndexPart> Parts)? ReadList(string indexFolder)
    {
        var path = Path.Combine(indexFolder, ListFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var list = JsonSerializer.Deserialize<PartList>(File.ReadAllBytes(path), Json);
            if (list is null || list.Format != Format || list.Parts is null || list.Description is null)
            {
                throw new InvalidDataException($"{path} is not a list of index parts of format {Format}. Rebuild the index.");
            }

            var start = 0;
            var parts = ImmutableArray.CreateBuilder<IndexPart>();
            foreach (var part in list.Parts)
            {
                parts.Add(new IndexPart(part.Name, start, part.Count));
                start += part.Count;
            }

            return (IndexDescription.FromCommitData(list.Description), parts.ToImmutable());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Replaces the description listed in <paramref name="indexFolder"/> when it still has the content
    /// <paramref name="description"/> has (so only the input's fingerprint changes; the content hash covers the parts);
    /// otherwise (a build beside this one replaced it) leaves it alone.
    /// </summary>
    public static void UpdateDescription(string indexFolder, IndexDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (ReadList(indexFolder) is { } listed && listed.Description.Content == description.Content)
        {
            WriteList(indexFolder, listed.Parts, description);
        }
    }

    private static void WriteList(string folder, ImmutableArray<IndexPart> parts, IndexDescription description)
    {
        var list = new PartList(Format, [.. parts.Select(p => new ListedPart(p.Name, p.Count))], description.ToCommitData().ToDictionary());
        var path = Path.Combine(folder, ListFile);
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(list, Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Whether every one of <paramref name="parts"/> of the index in <paramref name="indexFolder"/> is written (each is marked as used now).</summary>
    public static bool HasParts(string indexFolder, ImmutableArray<IndexPart> parts)
    {
        var partsFolder = PartsFolder(indexFolder);
        return parts.All(p => Reuse(partsFolder, p, verify: false));
    }

    /// <summary>
    /// Whether <paramref name="part"/> is written (and, with <paramref name="verify"/>, opens as the part it is named
    /// for); if so, it is marked as used now, so that no build deletes it as unlisted for a while.
    /// </summary>
    private static bool Reuse(string partsFolder, IndexPart part, bool verify)
    {
        if (!(verify ? IsWhole(partsFolder, part) : IsWritten(partsFolder, part)))
        {
            return false;
        }

        try
        {
            System.IO.Directory.SetLastWriteTimeUtc(Path.Combine(partsFolder, part.Name), DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the age that protects it from deletion is not renewed.
        }

        return true;
    }

    private static bool IsWritten(string partsFolder, IndexPart part)
    {
        var folder = Path.Combine(partsFolder, part.Name);
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }

        using var directory = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Whether <paramref name="part"/> opens, with the number of documents and the name it should have.</summary>
    private static bool IsWhole(string partsFolder, IndexPart part)
    {
        try
        {
            if (!IsWritten(partsFolder, part))
            {
                return false;
            }

            using var directory = FSDirectory.Open(Path.Combine(partsFolder, part.Name));
            using var reader = DirectoryReader.Open(directory);
            return reader.MaxDoc == part.Count && reader.IndexCommit.UserData.TryGetValue(PartKey, out var name) && name == part.Name;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a part beside its place and moves it in; a whole part another build moved in first is as good. A part
    /// there that is not whole (left by a build that was stopped) is moved away first: a whole one never is, since
    /// builds beside this one may be reading it.
    /// </summary>
    private static void WritePart(string partsFolder, IReadOnlyList<IndexedSection> sections, IndexPart part)
    {
        var folder = Path.Combine(partsFolder, part.Name);
        var staging = Path.Combine(partsFolder, $".{part.Name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (var directory = FSDirectory.Open(staging))
            {
                SearchIndexWriter.WritePart(sections, part, directory);
            }

            if (System.IO.Directory.Exists(folder))
            {
                // Written just now by another build, or left damaged by a build that was stopped.
                if (IsWhole(partsFolder, part))
                {
                    return;
                }

                var retired = Path.Combine(partsFolder, $".{part.Name}.retired-{Environment.ProcessId}-{Guid.NewGuid():N}");
                System.IO.Directory.Move(folder, retired);
                SearchIndexFolder.DeleteQuietly(retired);
            }

            System.IO.Directory.Move(staging, folder);
        }
        catch (IOException) when (IsWritten(partsFolder, part))
        {
            // Another build moved the same part in between.
        }
        finally
        {
            SearchIndexFolder.DeleteQuietly(staging);
        }
    }

    /// <summary>Deletes the parts (and staging folders) that neither this index nor the one now in place lists, once they are old enough.</summary>
    private static void DeleteUnlisted(string partsFolder, ImmutableArray<IndexPart> parts)
    {
        var listed = parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var cutoff = DateTime.UtcNow - UnlistedPartsKept;
        foreach (var folder in System.IO.Directory.EnumerateDirectories(partsFolder))
        {
            if (!listed.Contains(Path.GetFileName(folder)) && System.IO.Directory.GetLastWriteTimeUtc(folder) < cutoff)
            {
                SearchIndexFolder.DeleteQuietly(folder);
            }
        }
    }

    private sealed record PartList(int Format, ImmutableArray<ListedPart>? Parts, Dictionary<string, string>? Description);

    private sealed record ListedPart(string Name, int Count);
}

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
        var (description, parts) = PartedIndex.ReadList(indexFolder)
            ?? throw new InvalidDataException($"{indexFolder} holds no search index ({PartedIndex.ListFile} is missing). Build the site.");
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
                    throw new InvalidDataException($"The search index part {part.Name} does not hold what {PartedIndex.ListFile} lists. Rebuild the index.");
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
