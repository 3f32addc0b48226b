using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKb.Pipeline;
using PolicyKb.Tests;
using Tomlyn;
using Tomlyn.Model;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb new</c>: a site repository that builds, passes the link check and explains itself.</summary>
public sealed partial class NewCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Site => Path.Combine(_folder.Path, "policies-site");

    private string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    [Fact]
    public async Task A_new_site_builds_with_a_change_page_a_feed_entry_and_its_memo()
    {
        var created = await Policykb.RunAsync("new", Site);
        created.ExitCode.ShouldBe(0, created.ToString());
        created.Error.ShouldBeEmpty();

        var output = Path.Combine(Site, "output");
        var built = await Policykb.RunAsync("build", "-i", Path.Combine(Site, "input"), "-o", output, "--quiet");

        built.ExitCode.ShouldBe(0, built.ToString());
        built.Error.ShouldBeEmpty("the build, its link check included, reports no problem");
        built.Out.ShouldContain("from 1 policies (2 versions) and 1 memos");
        var change = Path.Combine(output, "policies", "privacy-notice", "changes", "2025-01-15-to-2026-01-15", "index.html");
        File.Exists(change).ShouldBeTrue();
        File.ReadAllText(change).ShouldContain("How long we keep it");
        var feed = File.ReadAllText(Path.Combine(output, "feed.xml"));
        Regex.Count(feed, "<entry>").ShouldBe(3, "the first version, the change and the memo");
        File.ReadAllText(Path.Combine(output, "memos", "2026-01-15-privacy-notice-app-and-retention", "index.html")).ShouldContain("changes/2025-01-15-to-2026-01-15/");
    }

    [Fact]
    public async Task A_new_site_pins_this_version_of_the_tool_and_its_workflow_builds_and_deploys_with_it()
    {
        (await Policykb.RunAsync("new", Site)).ExitCode.ShouldBe(0);

        using var manifest = JsonDocument.Parse(Read(".config/dotnet-tools.json"));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("policykb");
        tool.GetProperty("version").GetString().ShouldBe(Generator.Version);
        tool.GetProperty("rollForward").GetBoolean().ShouldBeFalse();

        var workflow = Read(".github/workflows/site.yml");
        workflow.ShouldContain("run: dotnet tool restore");
        workflow.ShouldContain("run: dotnet policykb build --quiet");
        workflow.ShouldContain("deploy --dir output --prod");
        workflow.ShouldContain("if: github.event_name == 'pull_request'");
        workflow.ShouldContain("--alias \"pr-${{ github.event.number }}\"");
        Read("README.md").ShouldContain($"policykb {Generator.Version}");
        Read(".gitignore").ShouldContain("/output/");
    }

    [Fact]
    public async Task A_new_sites_netlify_toml_sends_the_same_headers_as_the_repositorys_own()
    {
        (await Policykb.RunAsync("new", Site)).ExitCode.ShouldBe(0);

        var ours = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(TestPaths.Repository, "netlify.toml")))!;
        var theirs = TomlSerializer.Deserialize<TomlTable>(Read("netlify.toml"))!;

        Headers(theirs).ShouldBe(Headers(ours));
        ((TomlTable)theirs["build"])["publish"].ShouldBe("output");
        Headers(theirs).ShouldContain(h => h.StartsWith("/* Content-Security-Policy = default-src 'none'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/site.yml")]
    [InlineData("input/glossary.yml")]
    [InlineData("input/audiences.yml")]
    [InlineData("input/policies/privacy-notice/policy.yml")]
    public async Task Every_key_of_a_new_sites_settings_is_explained_in_a_comment(string file)
    {
        (await Policykb.RunAsync("new", Site)).ExitCode.ShouldBe(0);

        var lines = Read(file).Split('\n');
        var keys = lines.Where(l => !l.TrimStart().StartsWith('#')).Select(l => Key().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        var comments = string.Join('\n', lines.Where(l => l.TrimStart().StartsWith('#')));

        keys.ShouldNotBeEmpty();
        foreach (var key in keys)
        {
            comments.ShouldMatch($@"#\s+`?{key}`?[\s:]", $"{file}: the key '{key}' has no comment");
        }
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var kept = _folder.File("policies-site/notes.txt", "ours");

        var run = await Policykb.RunAsync("new", Site);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.ErrorLines.ShouldBe([$"{Site}: error: the folder is not empty; policykb new writes a site only into a missing or empty folder, and never overwrites a file."]);
        run.Out.ShouldBeEmpty();
        Directory.GetFileSystemEntries(Site).ShouldBe([kept]);
        File.ReadAllText(kept).ShouldBe("ours");
    }

    private static List<string> Headers(TomlTable config) => [.. ((TomlTableArray)config["headers"]).Cast<TomlTable>()
        .SelectMany(h => ((TomlTable)h["values"]).Select(v => $"{h["for"]} {v.Key} = {v.Value}"))];

    [GeneratedRegex(@"^\s*(?:-\s+)?([a-z_]+):")]
    private static partial Regex Key();
}
