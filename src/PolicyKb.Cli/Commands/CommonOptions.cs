using System.CommandLine;

namespace PolicyKb.Cli.Commands;

/// <summary>Options shared by the commands that build: where the input, output and theme are.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Input() => new("--input", "-i")
    {
        Description = "The knowledge base to build (policies/, memos/, site.yml, audiences.yml, glossary.yml).",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public static Option<DirectoryInfo> Output() => new("--output", "-o")
    {
        Description = "Where the site is written. It is replaced only when the build succeeds.",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's public address, for canonical links, the feed and the sitemap (default: site.yml's base_url).",
    };

    public static Option<DirectoryInfo?> Theme() => new("--theme")
    {
        Description = "A theme folder: files in its assets/ replace the built-in assets, and a .razor file replaces the built-in component of the same name (default: ./theme when it exists).",
    };

    /// <summary>
    /// The site's theme folder: the one given, or ./theme when it exists (the repository's theme project, or a site's
    /// overrides). Without one, the pages are made by the theme built into the tool, whose sources ship beside it.
    /// </summary>
    public static string? ResolveTheme(DirectoryInfo? given)
    {
        if (given is not null)
        {
            return given.FullName;
        }

        var local = Path.GetFullPath("theme");
        return Directory.Exists(local) ? local : null;
    }
}
