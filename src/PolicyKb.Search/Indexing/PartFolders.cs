using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// The parts folder of a <see cref="PartedIndex"/>: a folder per part named by its content, which builds beside this
/// one may be reading or writing at the same time. A part is moved in whole, never changed in place, and deleted only
/// when no index lists it and it has not been used for a while.
/// </summary>
internal static class PartFolders
{
    /// <summary>Parts no index lists are deleted once they are this old (a build beside this one may be about to list them).</summary>
    private static readonly TimeSpan UnlistedPartsKept = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Whether <paramref name="part"/> is written (and, with <paramref name="verify"/>, opens as the part it is named
    /// for); if so, it is marked as used now, so that no build deletes it as unlisted for a while.
    /// </summary>
    public static bool Reuse(string partsFolder, IndexPart part, bool verify)
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

    /// <summary>
    /// Writes a part beside its place and moves it in; a whole part another build moved in first is as good. A part
    /// there that is not whole (left by a build that was stopped) is moved away first: a whole one never is, since
    /// builds beside this one may be reading it.
    /// </summary>
    public static void Write(string partsFolder, IReadOnlyList<IndexedSection> sections, IndexPart part)
    {
        var folder = Path.Combine(partsFolder, part.Name);
        var staging = Path.Combine(partsFolder, $".{part.Name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (var directory = new UnsyncedDirectory(staging))
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
    public static void DeleteUnlisted(string partsFolder, ImmutableArray<IndexPart> parts)
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
            return reader.MaxDoc == part.Count && reader.IndexCommit.UserData.TryGetValue(PartedIndex.PartKey, out var name) && name == part.Name;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// A folder that does not sync its files to the disk on commit. A part is a cache: a build checks a part before
    /// it uses it (<see cref="IsWritten"/>, and a full build <see cref="IsWhole"/>) and writes it again when it is
    /// damaged, so a crash just after a build costs a rewrite. Syncing every file of the corpus's 18 parts (306 syncs)
    /// took 1.3 s of thread time in a cold build (bench/PROFILE.md), and every sync waits for the disk's journal.
    /// </summary>
    private sealed class UnsyncedDirectory(string path) : MMapDirectory(new DirectoryInfo(path))
    {
        public override void Sync(ICollection<string> names)
        {
        }
    }
}
