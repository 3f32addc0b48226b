using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Theming;

/// <summary>
/// A site's theme/ replaces built-in components by files of the same name, compiled when the site is built; a broken
/// one is an error naming its file and line, and nothing is published. (The packed tool does the same:
/// InstalledToolTests.)
/// </summary>
public sealed class ThemeOverridesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_broken_override_is_reported_by_file_and_line_with_the_inputs_problems_and_nothing_is_published()
    {
        var site = Path.Combine(_folder.Path, "site");
        (await Policykb.RunAsync("new", site)).ExitCode.ShouldBe(0);
        var previous = _folder.File("site/output/index.html", "the previous build");
        _folder.File("site/input/policies/privacy-notice/policy.yml", "title: Privacy Notice\n");
        var footer = _folder.File("site/theme/SiteFooter.razor", """
            <footer>@Site.NoSuchProperty</footer>

            @code {
                [Parameter] public SiteInfo Site { get; set; } = default!;

                [Parameter] public PageMeta Meta { get; set; } = default!;
            }
            """);

        var run = await Policykb.RunAsync("build", "-i", Path.Combine(site, "input"), "-o", Path.Combine(site, "output"), "--theme", Path.Combine(site, "theme"), "--quiet");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldContain($"{footer}:1: error: 'SiteInfo' does not contain a definition for 'NoSuchProperty' and no accessible extension method 'NoSuchProperty' accepting a first argument of type 'SiteInfo' could be found (are you missing a using directive or an assembly reference?) (CS1061)", run.ToString());
        run.ErrorLines.ShouldContain("policies/privacy-notice/policy.yml:1: error: missing required 'kind'");
        run.ErrorLines[^1].ShouldStartWith("Build failed in CompileThemeOverrides with ");
        Directory.GetFileSystemEntries(Path.Combine(site, "output")).ShouldBe([previous]);
        File.ReadAllText(previous).ShouldBe("the previous build");
    }

    [Fact]
    public async Task An_asset_in_a_sites_theme_replaces_that_asset_alone()
    {
        var site = Path.Combine(_folder.Path, "site");
        (await Policykb.RunAsync("new", site)).ExitCode.ShouldBe(0);
        _folder.File("site/theme/assets/site.css", "body { color: #123456; }\n");
        var output = Path.Combine(site, "output");

        var run = await Policykb.RunAsync("build", "-i", Path.Combine(site, "input"), "-o", output, "--theme", Path.Combine(site, "theme"), "--quiet");

        run.ExitCode.ShouldBe(0, run.ToString());
        var assets = Directory.GetDirectories(Path.Combine(output, "assets")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(assets, "site.css")).ShouldBe("body { color: #123456; }\n");
        File.Exists(Path.Combine(assets, "site.js")).ShouldBeTrue("the built-in script stays");
        File.Exists(Path.Combine(assets, "search", "search-page.js")).ShouldBeTrue("the built-in search script stays");
    }

    [Fact]
    public async Task An_override_that_leaves_out_a_parameter_of_the_component_it_replaces_is_an_error_naming_it()
    {
        var site = Path.Combine(_folder.Path, "site");
        (await Policykb.RunAsync("new", site)).ExitCode.ShouldBe(0);
        var footer = _folder.File("site/theme/Layout/SiteFooter.razor", """
            <footer>@Site.Title</footer>

            @code {
                [Parameter] public SiteInfo Site { get; set; } = default!;
            }
            """);

        var run = await Policykb.RunAsync("build", "-i", Path.Combine(site, "input"), "-o", Path.Combine(site, "output"), "--theme", Path.Combine(site, "theme"), "--quiet");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldBe([
            $"{footer}:1: error: SiteFooter receives the parameter Meta: declare it, `[Parameter] public PageMeta Meta {{ get; set; }}`, even when the override does not use it",
            "Build failed in CompileThemeOverrides with 1 error; " + Path.Combine(site, "output") + " was left as it was.",
        ]);
        Directory.Exists(Path.Combine(site, "output")).ShouldBeFalse();
    }
}
