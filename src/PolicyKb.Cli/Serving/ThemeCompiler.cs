using System.Runtime.Loader;
using PolicyKb.Cli.Theming;
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
        error = ThemeAssembly.Build(project, outputDirectory);
        if (error is not null)
        {
            return null;
        }

        _loaded?.Unload();
        var (components, context) = ThemeAssembly.Load(outputDirectory);
        _loaded = context;
        return components;
    }
}
