using System.Collections.Concurrent;
using Lucene.Net.Index;
using PolicyKb.Pipeline;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// The search index as a build keeps it: its <see cref="IndexPart"/>s, each a Lucene index of one segment in a folder
/// named by its content (under <see cref="PartsFolder"/>, beside the index folder, see <see cref="PartFolders"/>), and
/// the index folder, which lists the parts in order with the index's <see cref="IndexDescription"/>
/// (<see cref="IndexList"/>) and keeps the export beside them. Read together (a <see cref="MultiReader"/>, see
/// <see cref="OpenedIndex"/>), the parts are one index: document ids run through them in catalog order, and term and
/// collection statistics are their sums, so scores and the export are exactly those of a single index of every
/// section. A build writes only the parts it does not have yet: after an edit to one policy, that policy's part.
/// </summary>
public static class PartedIndex
{
    /// <summary>The commit data key of a part's name (its content hash).</summary>
    internal const string PartKey = "policykb.part";

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
        var missing = parts.Where(p => !PartFolders.Reuse(partsFolder, p, verifyParts)).OrderByDescending(p => p.Count).ThenBy(p => p.Start).ToList();
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
                        PartFolders.Write(partsFolder, sections, part);
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
            IndexList.Write(staging, parts, description);
            using var index = OpenedIndex.Open(staging, partsFolder);
            return finish(index, staging);
        });
        PartFolders.DeleteUnlisted(partsFolder, parts);
        return result;
    }

    /// <summary>The description and parts listed in <paramref name="indexFolder"/>, or null if it has no list; throws <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static (IndexDescription Description, ImmutableArray<IndexPart> Parts)? ReadList(string indexFolder) => IndexList.Read(indexFolder);

    /// <summary>
    /// Replaces the description listed in <paramref name="indexFolder"/> when it still has the content
    /// <paramref name="description"/> has (so only the input's fingerprint changes; the content hash covers the parts);
    /// otherwise (a build beside this one replaced it) leaves it alone.
    /// </summary>
    public static void UpdateDescription(string indexFolder, IndexDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (IndexList.Read(indexFolder) is { } listed && listed.Description.Content == description.Content)
        {
            IndexList.Write(indexFolder, listed.Parts, description);
        }
    }

    /// <summary>Whether every one of <paramref name="parts"/> of the index in <paramref name="indexFolder"/> is written (each is marked as used now).</summary>
    public static bool HasParts(string indexFolder, ImmutableArray<IndexPart> parts)
    {
        var partsFolder = PartsFolder(indexFolder);
        return parts.All(p => PartFolders.Reuse(partsFolder, p, verify: false));
    }
}
