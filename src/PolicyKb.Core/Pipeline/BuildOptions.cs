namespace PolicyKb.Pipeline;

/// <summary>
/// Where a build reads and writes. <paramref name="CacheDirectory"/> holds what is kept between builds but not
/// published (the Lucene index, incremental build state). <paramref name="BaseUrl"/> overrides site.yml's base URL
/// (Netlify passes the deploy URL). <paramref name="Incremental"/> lets pages whose inputs did not change since the
/// last build be taken from the previous output instead of rendered again.
/// </summary>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, string CacheDirectory, string? BaseUrl = null, bool Incremental = true)
{
    public static BuildOptions For(string input, string output) =>
        new(Path.GetFullPath(input), Path.GetFullPath(output), Path.GetFullPath(Path.Combine(output, "..", ".cache")));
}
