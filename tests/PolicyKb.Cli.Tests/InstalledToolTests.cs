using System.Diagnostics;
using System.Reflection;
using PolicyKb.Pipeline;
using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests;

/// <summary>
/// The path a policy team takes, with the packed tool and nothing of the repository: pack policykb into a folder
/// source, install it into a tool path, create a site with <c>policykb new</c>, build it, replace one component in
/// its theme/ and build again.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(4);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_packed_tool_installs_creates_a_site_builds_it_and_builds_a_replaced_footer()
    {
        var source = Path.Combine(_folder.Path, "source");
        var tools = Path.Combine(_folder.Path, "tools");
        var configuration = typeof(InstalledToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

        // The test run built the tool already; packing takes that build. The install gets a packages folder of its
        // own, so it unpacks this package, never one of the same version cached by an earlier run.
        Run(TestPaths.Repository, "dotnet", "pack", Path.Combine("src", "PolicyKb.Cli"), "--no-build", "-c", configuration, "-o", source, "-nologo");
        File.Exists(Path.Combine(source, $"policykb.{Generator.Version}.nupkg")).ShouldBeTrue();
        Run(_folder.Path, "dotnet", "tool", "install", "policykb", "--tool-path", tools, "--add-source", source, "--version", Generator.Version, "--ignore-failed-sources");
        var policykb = Path.Combine(tools, OperatingSystem.IsWindows() ? "policykb.exe" : "policykb");

        Run(_folder.Path, policykb, "--version").Trim().ShouldBe(Generator.Version);
        Run(_folder.Path, policykb, "new", "site").ShouldContain($"built with policykb {Generator.Version}");
        var site = Path.Combine(_folder.Path, "site");
        Run(site, policykb, "build", "--quiet").ShouldContain("from 1 policies (2 versions) and 1 memos");
        var home = Path.Combine(site, "output", "index.html");
        File.ReadAllText(home).ShouldContain($"<meta name=\"generator\" content=\"policykb {Generator.Version}\" />");
        File.ReadAllText(home).ShouldContain("class=\"footer-links\"");

        File.ReadAllText(Path.Combine(site, "theme", "README.md")).ShouldContain("SiteFooter.razor");
        File.WriteAllText(Path.Combine(site, "theme", "SiteFooter.razor"), """
            <footer class="site-footer"><p class="our-footer">@Site.Title, published by the policy team. <a href="@PolicyKb.Urls.SiteUrls.Glossary">Glossary</a></p></footer>

            @code {
                [Parameter, EditorRequired] public SiteInfo Site { get; set; } = default!;

                [Parameter, EditorRequired] public PageMeta Meta { get; set; } = default!;
            }
            """);
        Run(site, policykb, "build", "--quiet");

        foreach (var page in new[] { home, Path.Combine(site, "output", "policies", "privacy-notice", "index.html") })
        {
            var html = File.ReadAllText(page);
            html.ShouldContain("<p class=\"our-footer\">Example Co Policy Library, published by the policy team. <a href=\"/glossary/\">Glossary</a></p>", customMessage: page);
            html.ShouldNotContain("class=\"footer-links\"", customMessage: page);
        }
    }

    private string Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_folder.Path, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (file == "dotnet" && args[0] == "pack")
        {
            // Packing reads the packages the test run restored; only the install is isolated.
            start.Environment.Remove("NUGET_PACKAGES");
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran longer than {CommandLimit}");
        }

        process.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', args)} in {directory}\n--- stdout\n{stdout.Result}\n--- stderr\n{stderr.Result}");
        return stdout.Result;
    }
}
