namespace PolicyKb.Cli.Theming;

/// <summary>
/// Writes the project that compiles a site's theme overrides: the theme's sources, a project named like the built-in
/// theme (so components keep their full names) that references the tool's own view-model assemblies, and empty
/// Directory.Build files so no settings of a folder above the cache apply to it.
/// </summary>
internal static class OverrideProject
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk.Razor">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <AssemblyName>PolicyKb.Theme</AssemblyName>
            <RootNamespace>PolicyKb.Theme</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <Deterministic>true</Deterministic>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
            <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
          </PropertyGroup>
          <ItemGroup>
            <FrameworkReference Include="Microsoft.AspNetCore.App" />
            <Reference Include="PolicyKb.Core" HintPath="{tool}PolicyKb.Core.dll" Private="false" />
            <Reference Include="PolicyKb.Views" HintPath="{tool}PolicyKb.Views.dll" Private="false" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Writes <paramref name="sources"/> (relative path → text) and the project into <paramref name="directory"/>; returns the project's path.</summary>
    public static string Write(string directory, IReadOnlyDictionary<string, string> sources)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, name), "<Project />\n");
        }

        foreach (var (relative, text) in sources)
        {
            var path = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var project = Path.Combine(directory, "PolicyKb.Theme.csproj");
        File.WriteAllText(project, Project.Replace("{tool}", AppContext.BaseDirectory, StringComparison.Ordinal));
        return project;
    }
}
