using System.Runtime.ExceptionServices;

namespace PolicyKb.Publishing;

/// <summary>
/// Writes a finished build to the output folder without ever leaving it half-written: files go to a fresh
/// temporary folder beside it, which then replaces the output folder in two renames. If anything fails before the
/// swap, the previous output is untouched. Files identical to the previous output's are hard links to them (see
/// <see cref="HardLinks"/>), never the same file written over: the previous output is never changed.
/// </summary>
public static class OutputPublisher
{
    public static void Publish(IReadOnlyList<KeyValuePair<string, byte[]>> files, string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            // Folders first, each once, then the files on all cores: a large site is thousands of small files.
            Directory.CreateDirectory(staging);
            var targets = files.Select(f =>
            {
                var relative = f.Key.Replace('/', Path.DirectorySeparatorChar);
                return (Relative: relative, Path: Path.Combine(staging, relative), Content: f.Value);
            }).ToList();
            foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            // A file the previous output has with the same content becomes a second name of that file: its
            // content is not written again, nor freed when the previous output is deleted.
            var previous = Directory.Exists(output) ? output : null;
            try
            {
                Parallel.ForEach(targets, target =>
                {
                    if (previous is null || !LinkUnchanged(Path.Combine(previous, target.Relative), target.Path, target.Content))
                    {
                        File.WriteAllBytes(target.Path, target.Content);
                    }
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
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
