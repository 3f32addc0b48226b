using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace PolicyKb.Tests;

/// <summary>
/// The GitHub Actions workflow regenerates the site on every policy update with the same commands the README gives
/// and the same publish folder netlify.toml names; production from main, previews for pull requests.
/// </summary>
public sealed class WorkflowTests
{
    private readonly YamlMappingNode _workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", "site.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private YamlMappingNode Job => (YamlMappingNode)((YamlMappingNode)_workflow["jobs"])["site"];

    private List<YamlMappingNode> Steps => [.. ((YamlSequenceNode)Job["steps"]).Cast<YamlMappingNode>()];

    private YamlMappingNode Step(string name) => Steps.Single(s => s.Children.TryGetValue("name", out var n) && n.ToString() == name);

    private static string ReadmeCommand(int index) =>
        File.ReadLines(Path.Combine(TestPaths.Repository, "README.md")).SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).ElementAt(index).Split('#')[0].Trim();

    [Fact]
    public void Runs_on_pushes_that_touch_the_site_and_on_pull_requests()
    {
        var on = (YamlMappingNode)_workflow["on"];
        var pushPaths = ((YamlSequenceNode)((YamlMappingNode)on["push"])["paths"]).Select(p => p.ToString()).ToList();
        pushPaths.ShouldContain("input/**");
        pushPaths.ShouldContain("src/**");
        pushPaths.ShouldContain("theme/**");
        pushPaths.ShouldContain("tests/**");
        ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Select(b => b.ToString()).ShouldBe(["main"]);
        on.Children.ContainsKey("pull_request").ShouldBeTrue();
    }

    [Fact]
    public void Tests_with_the_readmes_test_command()
    {
        ReadmeCommand(1).ShouldBe("bash tests/run-all.sh");
        Step("Test")["run"].ToString().ShouldBe(ReadmeCommand(1));
        File.ReadAllText(Path.Combine(TestPaths.Repository, ".ci", "run")).ShouldContain("exec bash tests/run-all.sh");
    }

    [Fact]
    public void Builds_with_the_same_cli_as_the_readme_and_netlify()
    {
        var serve = ReadmeCommand(0);
        serve.ShouldBe("dotnet run --project src/PolicyKb.Cli -- serve");
        var build = Step("Build the site")["run"].ToString();
        build.ShouldStartWith("dotnet run --project src/PolicyKb.Cli ");
        build.ShouldContain("-- build");
        File.ReadAllText(Path.Combine(TestPaths.Repository, ".ci", "netlify-build")).ShouldContain("dotnet run --project src/PolicyKb.Cli -c Release -- build --quiet");
    }

    [Fact]
    public void Builds_incrementally_from_the_previous_builds_output_and_cache()
    {
        var restore = Step("Restore the previous build");
        restore["uses"].ToString().ShouldStartWith("actions/cache@");
        var paths = restore["with"]["path"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = PolicyKb.Pipeline.BuildOptions.For(Path.Combine(TestPaths.Repository, "input"), Path.Combine(TestPaths.Repository, "output"));
        var cache = Path.GetRelativePath(TestPaths.Repository, options.CacheDirectory).Replace('\\', '/');
        paths.ShouldBe([Path.GetFileName(options.OutputDirectory), cache.Split('/')[0]], ignoreOrder: true, customMessage: $"the output and the folder that holds its cache, {cache}");
        restore["with"]["key"].ToString().ShouldContain("github.sha", customMessage: "every build saves its own");
        Steps.IndexOf(restore).ShouldBeLessThan(Steps.IndexOf(Step("Build the site")));
    }

    [Fact]
    public void Deploys_the_published_folder_to_production_from_main_and_previews_pull_requests()
    {
        var publish = (string)((TomlTable)TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(TestPaths.Repository, "netlify.toml")))!["build"])["publish"];
        var production = Step("Deploy to production");
        production["if"].ToString().ShouldBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
        production["run"].ToString().ShouldContain($"netlify-cli@17 deploy --dir {publish} --prod");
        var preview = Step("Deploy a preview");
        preview["if"].ToString().ShouldBe("github.event_name == 'pull_request'");
        preview["run"].ToString().ShouldContain($"deploy --dir {publish} --alias");
        foreach (var deploy in new[] { production, preview })
        {
            var env = (YamlMappingNode)deploy["env"];
            env["NETLIFY_AUTH_TOKEN"].ToString().ShouldBe("${{ secrets.NETLIFY_AUTH_TOKEN }}");
            env["NETLIFY_SITE_ID"].ToString().ShouldBe("${{ secrets.NETLIFY_SITE_ID }}");
        }

        Step("Post the preview address on the pull request")["with"]["script"].ToString().ShouldContain("steps.preview.outputs.url");
    }
}
