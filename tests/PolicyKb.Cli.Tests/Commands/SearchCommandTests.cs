using System.Text.Json;
using PolicyKb.Tests;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary><c>policykb search</c> on the seed input, whose index the first search builds in a temp folder.</summary>
public sealed class SearchCommandTests(SearchCommandTests.SeedIndex index) : IClassFixture<SearchCommandTests.SeedIndex>
{
    /// <summary>A temp output folder whose cache holds the seed input's index once the first search has built it.</summary>
    public sealed class SeedIndex : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        public string Output => Path.Combine(_folder.Path, "output");

        public Task<CommandRun> SearchAsync(params string[] args) => Policykb.RunAsync(["search", .. args, "-i", TestPaths.Input, "-o", Output]);

        public async Task InitializeAsync() => (await SearchAsync("privacy")).ExitCode.ShouldBe(0);

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Json_is_one_line_on_standard_output_in_the_shape_of_the_api_with_each_text()
    {
        var run = await index.SearchAsync("delete my account", "--json", "--limit", "2");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldBeEmpty();
        run.OutLines.Length.ShouldBe(1);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["query", "total", "totalAllAudiences", "hits", "audiences", "suggestions"]);
        root.GetProperty("query").GetString().ShouldBe("delete my account");
        root.GetProperty("total").GetInt32().ShouldBeGreaterThan(2);
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        hits.Count.ShouldBe(2);
        hits[0].EnumerateObject().Select(p => p.Name).ShouldBe(
            ["id", "url", "title", "heading", "headingPath", "snippet", "score", "kind", "document", "version", "versions", "current", "audiences", "text"]);
        hits[0].GetProperty("url").GetString().ShouldStartWith("/policies/");
        hits[0].GetProperty("headingPath").ValueKind.ShouldBe(JsonValueKind.Array);
        hits[0].GetProperty("snippet").GetProperty("parts").EnumerateArray().ShouldContain(p => p.GetProperty("highlighted").GetBoolean());
        hits[0].GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("audiences").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["users", "developers", "law-enforcement"]);
    }

    [Fact]
    public async Task Prints_the_count_then_each_hit_with_its_place_address_and_snippet()
    {
        var run = await index.SearchAsync("delete my account", "--limit", "3");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutLines[0].ShouldMatch(@"^\d+ sections match \(Users \d+, Developers \d+, Law enforcement \d+\)\.$");
        run.OutLines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ \d\. .+  \[\d+(\.\d+)?\]$")).ShouldBe(3);
        run.OutLines.ShouldContain("    /policies/privacy-policy/#port-download-or-delete-your-information");
    }

    [Fact]
    public async Task With_archived_versions_current_hits_come_first_and_a_section_the_same_in_both_versions_says_so()
    {
        var run = await index.SearchAsync("integrated partners", "--archived", "--limit", "50");

        run.ExitCode.ShouldBe(0, run.ToString());
        var hits = run.OutLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ ?\d+\. ")).ToList();
        var archived = hits.Select(h => h.Contains("(archived ", StringComparison.Ordinal)).ToList();
        archived.ShouldContain(true);
        archived.ShouldBe([.. archived.Order()]);
        var shared = Array.FindIndex(run.OutLines, l => l.EndsWith("/policies/privacy-policy/#how-is-your-information-shared-on-meta-products-or-with-integrated-partners", StringComparison.Ordinal));
        shared.ShouldBeGreaterThan(0, run.Out);
        run.OutLines[shared + 1].ShouldBe("    in 2 versions: 2024-11-14 to 2025-06-16");
    }

    [Fact]
    public async Task A_search_that_finds_nothing_succeeds()
    {
        var run = await index.SearchAsync("zzzxqy");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutLines.ShouldBe(["0 sections match (Users 0, Developers 0, Law enforcement 0)."]);
    }

    [Fact]
    public async Task An_unknown_audience_is_a_question_the_index_cannot_answer()
    {
        var run = await index.SearchAsync("court order", "--audience", "judges");
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldBe(["unknown audience 'judges'; use one of: users, developers, law-enforcement"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task A_limit_outside_1_to_100_is_a_question_the_index_cannot_answer(string limit)
    {
        var run = await index.SearchAsync("court order", "--limit", limit);
        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldBe(["limit must be between 1 and 100"]);
    }

    [Fact]
    public async Task An_input_with_problems_is_reported_and_nothing_is_searched()
    {
        using var folder = new TempFolder();
        folder.File("input/site.yml", "title: T\n");

        var run = await Policykb.RunAsync("search", "privacy", "-i", Path.Combine(folder.Path, "input"), "-o", Path.Combine(folder.Path, "output"));

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldContain("site.yml:1: error: missing required 'base_url'");
    }
}
