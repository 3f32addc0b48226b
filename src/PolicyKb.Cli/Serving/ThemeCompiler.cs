using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Cli.Serving;

/// <summary>
/// Recompiles the theme's Razor components while `serve` runs and loads the new assembly beside the running one,
/// so an edit to a .razor file shows in the browser without restarting. The previous assembly is unloaded.
/// </summary>
internal sealed class ThemeCompiler(string themeDirectory, string cacheDirectory)
{
    private int _generation;
    private AssemblyLoadContext? _loaded;

    public ThemeComponents? Compile(out string? error)
    {
        var project = Path.Combine(themeDirectory, "PolicyKb.Theme.csproj");
        var outputDirectory = Path.Combine(cacheDirectory, "theme-live", (++_generation).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo("dotnet", ["build", project, "-o", outputDirectory, "-nologo", "-v", "q", "-p:TreatWarningsAsErrors=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            error = (stdout.Result + stderr.Result).Trim();
            return null;
        }

        _loaded?.Unload();
        var context = new ThemeLoadContext(outputDirectory);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(outputDirectory, "PolicyKb.Theme.dll"));
        _loaded = context;
        error = null;
        return new ThemeComponents(type => assembly.GetType(type.FullName!) ?? type);
    }

    /// <summary>Loads only the theme assembly itself; everything it depends on is shared with the running tool.</summary>
    private sealed class ThemeLoadContext(string directory) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "PolicyKb.Theme" ? LoadFromAssemblyPath(Path.Combine(directory, "PolicyKb.Theme.dll")) : null;
    }
}
