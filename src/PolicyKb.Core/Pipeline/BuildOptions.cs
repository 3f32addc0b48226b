namespace PolicyKb.Pipeline;

/// <summary>
/// Where a build reads and writes. <paramref name="CacheDirectory"/> holds what is kept between builds but not
/// published (the Lucene index, incremental build state). <paramref name="BaseUrl"/> overrides site.yml's base URL
/// (Netlify passes the deploy URL). <paramref name="Incremental"/> lets pages whose inputs did not change since the
/// last build be taken from the previous output instead of rendered again.
/// </summary>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, string CacheDirectory, string? BaseUrl = null, bool Incremental = true)
{
    /// <summary>
    /// The options for <paramref name="input"/> and <paramref name="output"/>, whose cache is
    /// <c>.cache/&lt;output folder's name&gt;/</c> beside the output: each output folder has its own (a site built to
    /// <c>/tmp/a</c> does not search, or rebuild from, the index of one built to <c>/tmp/b</c>), and a repository's
    /// <c>output/</c> keeps it under its <c>.cache/</c>.
    /// </summary>
    public static BuildOptions For(string input, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        return new(Path.GetFullPath(input), full, Path.Combine(parent, ".cache", Path.GetFileName(full)));
    }
}
