namespace PolicyKb.Tests;

/// <summary>Compares built output folders: the same files, byte for byte.</summary>
internal static class OutputFolder
{
    /// <summary>The files under <paramref name="folder"/>, by path relative to it, in ordinal order.</summary>
    public static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// <paramref name="actual"/> holds exactly the files of <paramref name="expected"/>, each with the same bytes;
    /// <paramref name="what"/> names the comparison in a failure.
    /// </summary>
    public static void ShouldHoldTheSameFilesAs(string actual, string expected, string what = "")
    {
        var files = Files(expected);
        Files(actual).ShouldBe(files, what);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(actual, file)).ShouldBe(File.ReadAllBytes(Path.Combine(expected, file)), what.Length == 0 ? file : $"{what}: {file}");
        }
    }
}
