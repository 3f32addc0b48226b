using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Cli.Theming;

/// <summary>
/// Builds a theme project with <c>dotnet build</c> and loads the PolicyKb.Theme.dll it makes beside the running tool,
/// so its components replace the built-in ones of the same full name. Used by <c>serve</c> to reload an edited theme
/// and by <c>build</c> to compile a site's overrides.
/// </summary>
internal static class ThemeAssembly
{
    public const string FileName = "PolicyKb.Theme.dll";

    /// <summary>Builds <paramref name="project"/> into <paramref name="outputDirectory"/>; returns what dotnet printed when it failed, or null.</summary>
    public static string? Build(string project, string outputDirectory)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-o", outputDirectory, "-nologo", "-v", "q", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : (stdout.Result + stderr.Result).Trim();
    }

    /// <summary>Loads the theme assembly of <paramref name="directory"/> in a context of its own, which can be unloaded.</summary>
    public static (ThemeComponents Components, AssemblyLoadContext Context) Load(string directory)
    {
        var context = new ThemeLoadContext(directory);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(directory, FileName));
        return (new ThemeComponents(type => assembly.GetType(type.FullName!) ?? type), context);
    }

    /// <summary>Loads only the theme assembly itself; everything it depends on is shared with the running tool.</summary>
    private sealed class ThemeLoadContext(string directory) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "PolicyKb.Theme" ? LoadFromAssemblyPath(Path.Combine(directory, FileName)) : null;
    }
}
