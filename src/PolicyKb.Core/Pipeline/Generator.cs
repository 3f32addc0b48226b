using System.Reflection;

namespace PolicyKb.Pipeline;

/// <summary>
/// The tool that builds the site and its version (one <c>Version</c> in Directory.Build.props for every assembly):
/// printed by <c>policykb --version</c>, and written into every page and data file so a published site says what made it.
/// </summary>
public static class Generator
{
    public const string Name = "policykb";

    /// <summary>The version, without the commit (the build leaves it out, so output depends on the version only).</summary>
    public static string Version { get; } =
        typeof(Generator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(Generator).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary>"policykb 1.0.0", as a page's <c>&lt;meta name="generator"&gt;</c> says it.</summary>
    public static string NameAndVersion => $"{Name} {Version}";
}
