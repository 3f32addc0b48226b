using System.Runtime.ExceptionServices;

namespace PolicyKb.Publishing;

/// <summary>
/// Writes a finished build to the output folder without ever leaving it half-written: files go to a fresh
/// temporary folder beside it, which then replaces the output folder in two renames. If anything fails before the
/// swap, the previous output is untouched.
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
            var targets = files.Select(f => (Path: Path.Combine(staging, f.Key.Replace('/', Path.DirectorySeparatorChar)), Content: f.Value)).ToList();
            foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            try
            {
                Parallel.ForEach(targets, target => File.WriteAllBytes(target.Path, target.Content));
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
