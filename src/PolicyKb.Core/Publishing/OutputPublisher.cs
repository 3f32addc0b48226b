using System.Diagnostics;
using PolicyKb.Pipeline;

namespace PolicyKb.Publishing;

/// <summary>
/// Writes a finished build to the output folder without ever leaving it half-written: files go to a fresh
/// temporary folder beside it, which then replaces the output folder in two renames. If anything fails before the
/// swap, the previous output is untouched. Files identical to the previous output's are hard links to them (see
/// <see cref="HardLinks"/>), never the same file written over: the previous output is never changed. Publishes to
/// one output folder happen one at a time (a build and a <c>serve</c> rebuild at once, say): each holds a lock file
/// beside the folder, so that none links to a file or swaps a folder that another is swapping.
/// </summary>
public static class OutputPublisher
{
    /// <summary>How long a publish waits for another publish to the same output folder to finish.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Publishes <paramref name="files"/> to <paramref name="outputDirectory"/>. <paramref name="unchanged"/> names files
    /// read from the previous output as they were, with the time their file there was last written: such a file is
    /// linked to without being read and compared again while it still has that time and its size.
    /// </summary>
    public static void Publish(IReadOnlyList<KeyValuePair<string, byte[]>> files, string outputDirectory, IReadOnlyDictionary<string, DateTime>? unchanged = null)
    {
        var output = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        using var held = Lock(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            // Folders first, each once, then the files on all cores: a large site is thousands of small files.
            Directory.CreateDirectory(staging);
            var targets = files.Select(f =>
            {
                var relative = f.Key.Replace('/', Path.DirectorySeparatorChar);
                return (Key: f.Key, Relative: relative, Path: Path.Combine(staging, relative), Content: f.Value);
            }).ToList();
            foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            // A file the previous output has with the same content becomes a second name of that file: its
            // content is not written again, nor freed when the previous output is deleted.
            var previous = Directory.Exists(output) ? output : null;
            FirstFailure.Unwrap(() => Parallel.ForEach(targets, target =>
            {
                var existing = previous is null ? null : Path.Combine(previous, target.Relative);
                var linked = existing is not null
                    && ((unchanged is not null && unchanged.TryGetValue(target.Key, out var written) && LinkAsRead(existing, target.Path, target.Content, written))
                        || LinkUnchanged(existing, target.Path, target.Content));
                if (!linked)
                {
                    File.WriteAllBytes(target.Path, target.Content);
                }
            }));
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(retired) && !Directory.Exists(output))
            {
                Directory.Move(retired, output);
            }

            TryDelete(staging);
            throw;
        }

        TryDelete(retired);
    }

    /// <summary>
    /// Publishes <paramref name="files"/> into the output folder as it stands, for <c>serve</c>: only the files whose
    /// content differs from <paramref name="published"/> (what this process last published there) are written, each to
    /// a temporary name and renamed over the old one, so the server never sends half a file; the files of
    /// <paramref name="published"/> in <paramref name="scope"/> that <paramref name="files"/> no longer has are deleted
    /// once every new file is in place. Files outside the scope are left alone (the search export, published on its own
    /// after the pages). <paramref name="writeLast"/> picks files written after all others. A build that publishes the whole site uses <see cref="Publish"/>, which never changes a
    /// published folder. Returns what is published in the scope now, and how many files were written and deleted.
    /// </summary>
    public static (Dictionary<string, byte[]> Published, int Written, int Deleted) PublishInPlace(
        IReadOnlyList<KeyValuePair<string, byte[]>> files, string outputDirectory, IReadOnlyDictionary<string, byte[]> published, Func<string, bool> scope,
        Func<string, bool>? writeLast = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(scope);
        var output = Path.GetFullPath(outputDirectory);
        using var held = Lock(output);
        var next = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var changed = new List<KeyValuePair<string, byte[]>>();
        foreach (var file in files.Where(f => scope(f.Key)))
        {
            next[file.Key] = file.Value;
            // A reused page is the very array that was published; a page rendered again is compared byte for byte.
            if (!published.TryGetValue(file.Key, out var before) || !(ReferenceEquals(before, file.Value) || before.AsSpan().SequenceEqual(file.Value)))
            {
                changed.Add(file);
            }
        }

        // The files writeLast picks go last (the search export's manifest names its content-named files: a reader that
        // gets the new manifest finds every file it names).
        foreach (var file in changed.OrderBy(f => writeLast?.Invoke(f.Key) == true ? 1 : 0))
        {
            var path = Path.Combine(output, file.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + $".tmp-{Environment.ProcessId}";
            File.WriteAllBytes(temporary, file.Value);
            File.Move(temporary, path, overwrite: true);
        }

        var deleted = 0;
        foreach (var gone in published.Keys.Where(k => scope(k) && !next.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(output, gone.Replace('/', Path.DirectorySeparatorChar));
            File.Delete(path);
            deleted++;
            // A page's folder goes with its last file.
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > output.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }

        return (next, changed.Count, deleted);
    }

    /// <summary>Holds the lock file beside <paramref name="output"/> (<c>.&lt;name&gt;.lock</c>) that every publish to it takes.</summary>
    private static FileStream Lock(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(output));
        return Lock(Path.Combine(parent, $".{Path.GetFileName(output)}.lock"), output);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for this process alone (.NET holds an exclusive lock on it, across processes too),
    /// waiting while another publish holds it. The file stays: deleting it on release would let a waiter lock a
    /// name that a third publish has just created again.
    /// </summary>
    private static FileStream Lock(string path, string output)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (waited.Elapsed < LockWait && File.Exists(path))
            {
                Thread.Sleep(20);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new IOException($"Another build has been publishing to {output} for {LockWait.TotalMinutes:0} minutes ({path} is locked); stop it or delete the lock file.", e);
            }
        }
    }

    /// <summary>
    /// Links <paramref name="target"/> to <paramref name="existing"/> if that file is still the one <paramref name="content"/>
    /// was read from: its size and last write time are as they were (a file written since, by a build beside this one
    /// say, has another time).
    /// </summary>
    private static bool LinkAsRead(string existing, string target, byte[] content, DateTime written)
    {
        try
        {
            var info = new FileInfo(existing);
            return info.Exists && info.Length == content.Length && info.LinkTarget is null && info.LastWriteTimeUtc == written
                && HardLinks.TryCreate(existing, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Links <paramref name="target"/> to <paramref name="existing"/> if that file holds exactly <paramref name="content"/>.</summary>
    private static bool LinkUnchanged(string existing, string target, byte[] content)
    {
        try
        {
            var info = new FileInfo(existing);
            if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
            {
                return false;
            }

            var buffer = new byte[content.Length];
            using (var stream = new FileStream(existing, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
            {
                stream.ReadExactly(buffer);
            }

            return buffer.AsSpan().SequenceEqual(content) && HardLinks.TryCreate(existing, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
