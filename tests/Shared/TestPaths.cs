namespace PolicyKb.Tests;

/// <summary>Where the repository, its input folder and the shared test data (../shared beside the repository) are.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Input => Path.Combine(Repository, "input");

    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string InInput(string relative) => Path.Combine(Input, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
