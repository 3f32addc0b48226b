using System.Reflection;
using Microsoft.AspNetCore.Components;
using PolicyKb.Diagnostics;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Cli.Theming;

/// <summary>
/// Checks that each override declares every parameter of the component it replaces, with the same type (cascading
/// parameters are not passed by name, so an override may leave them out): the pages
/// and the other components pass them all, and the renderer would otherwise fail on the first page with a message
/// that names neither the file nor the parameter.
/// </summary>
internal static class OverrideParameters
{
    private static readonly Assembly BuiltIn = typeof(PolicyKb.Theme.Layout.SiteLayout).Assembly;

    public static IReadOnlyList<Diagnostic> Check(ThemeComponents components, IEnumerable<(string Target, string File)> replaced)
    {
        var problems = new List<Diagnostic>();
        foreach (var (target, file) in replaced)
        {
            var fullName = "PolicyKb.Theme." + target[..^".razor".Length].Replace('/', '.');
            if (BuiltIn.GetType(fullName) is not { } builtIn)
            {
                continue;
            }

            var declared = Parameters(components.Resolve(builtIn)).ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal);
            foreach (var parameter in Parameters(builtIn))
            {
                if (!declared.TryGetValue(parameter.Name, out var type))
                {
                    problems.Add(ThemeOverrides.Problem(file, 1, $"{builtIn.Name} receives the parameter {parameter.Name}: declare it, `[Parameter] public {Name(parameter.PropertyType)} {parameter.Name} {{ get; set; }}`, even when the override does not use it"));
                }
                else if (type != parameter.PropertyType)
                {
                    problems.Add(ThemeOverrides.Problem(file, 1, $"the parameter {parameter.Name} is {Name(type)}; {builtIn.Name} receives a {Name(parameter.PropertyType)}"));
                }
            }
        }

        return problems;
    }

    private static IEnumerable<PropertyInfo> Parameters(Type component) => component.GetProperties()
        .Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null);

    private static string Name(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? Name(inner) + "?"
        : type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
