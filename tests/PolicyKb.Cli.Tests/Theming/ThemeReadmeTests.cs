using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Theming;

/// <summary>theme/README.md lists every component a site can replace, with the parameters it receives, as they are.</summary>
public sealed partial class ThemeReadmeTests
{
    [Fact]
    public void The_theme_readme_lists_every_component_with_the_parameters_it_receives()
    {
        var readme = File.ReadAllLines(Path.Combine(TestPaths.Repository, "theme", "README.md"));
        var documented = readme.Select(l => Row().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["file"].Value, m => Parameter().Matches(m.Groups["parameters"].Value).Select(p => p.Groups[1].Value).Order(StringComparer.Ordinal).ToList());

        var components = typeof(PolicyKb.Theme.Layout.SiteLayout).Assembly.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && t.Namespace!.StartsWith("PolicyKb.Theme.", StringComparison.Ordinal))
            .ToDictionary(
                t => $"{t.Namespace!["PolicyKb.Theme.".Length..].Replace('.', '/')}/{t.Name}.razor",
                t => t.GetProperties().Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null || p.GetCustomAttribute<CascadingParameterAttribute>() is not null)
                    .Select(p => p.Name).Order(StringComparer.Ordinal).ToList());

        documented.Keys.Order(StringComparer.Ordinal).ShouldBe(components.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, parameters) in components)
        {
            documented[file].ShouldBe(parameters, file);
            File.Exists(Path.Combine(TestPaths.Repository, "theme", file)).ShouldBeTrue(file);
        }
    }

    [GeneratedRegex(@"^\| `(?<file>[\w/]+\.razor)` \| [^|]+ \| (?<parameters>[^|]+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`(\w+)` \(")]
    private static partial Regex Parameter();
}
