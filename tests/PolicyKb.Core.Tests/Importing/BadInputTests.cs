using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Importing;

/// <summary>Each kind of bad input is reported as path:line: message, and all of them at once.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BadInputTests()
    {
        _folder.File("site.yml", "title: Test\nbase_url: https://example.org/\n");
        _folder.File("audiences.yml", "- id: users\n  name: Users\n");
    }

    public void Dispose() => _folder.Dispose();

    private List<string> Load()
    {
        var diagnostics = new DiagnosticBag();
        InputFolder.Load(_folder.Path, diagnostics);
        return [.. diagnostics.Errors.Select(d => d.ToString())];
    }

    private void GoodPolicy(string id = "terms") =>
        _folder.File($"policies/{id}/policy.yml", "title: Terms\nkind: Terms of Service\naudiences: [users]\nlanguage: en\n");

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line()
    {
        _folder.File("policies/terms/policy.yml", "title: Terms\nkind: [unclosed\naudiences: [users]\n");
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        Load().ShouldBe(["policies/terms/policy.yml:2: error: malformed YAML after this line: check for an unclosed bracket or quote"]);
    }

    [Fact]
    public void Missing_required_metadata_names_each_missing_key()
    {
        _folder.File("policies/terms/policy.yml", "title: Terms\n");
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        Load().ShouldBe([
            "policies/terms/policy.yml:1: error: missing required 'audiences'",
            "policies/terms/policy.yml:1: error: missing required 'kind'",
            "policies/terms/policy.yml:1: error: missing required 'language'",
        ]);
    }

    [Fact]
    public void An_empty_version_file_is_refused()
    {
        GoodPolicy();
        _folder.File("policies/terms/2025-01-01.md", "");
        Load().ShouldBe(["policies/terms/2025-01-01.md:1: error: empty file"]);
    }

    [Fact]
    public void A_version_file_that_is_not_utf8_is_refused_at_the_line_of_the_bad_byte()
    {
        GoodPolicy();
        _folder.Bytes("policies/terms/2025-01-01.md", [.. "# Terms\n\nCaf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]);
        Load().ShouldBe(["policies/terms/2025-01-01.md:3: error: not UTF-8: invalid byte 0xE9 at byte 12; save the file as UTF-8"]);
    }

    [Fact]
    public void A_binary_version_file_is_refused()
    {
        GoodPolicy();
        _folder.Bytes("policies/terms/2025-01-01.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Load().ShouldBe(["policies/terms/2025-01-01.md:3: error: binary file: it contains NUL bytes; expected UTF-8 text"]);
    }

    [Fact]
    public void Two_versions_with_the_same_date_are_both_reported()
    {
        GoodPolicy();
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        _folder.File("policies/terms/2025-01-01.txt", "Terms\n\nText.\n");
        var errors = Load();
        errors.Count.ShouldBe(2);
        errors.ShouldAllBe(e => e.Contains("two versions have the date 2025-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_audience_is_reported_at_its_line_with_the_known_ones()
    {
        _folder.File("policies/terms/policy.yml", "title: Terms\nkind: Terms\naudiences:\n  - users\n  - journalists\nlanguage: en\n");
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        Load().ShouldBe(["policies/terms/policy.yml:5: error: unknown audience 'journalists'; audiences.yml defines: users"]);
    }

    [Fact]
    public void A_badly_named_version_file_says_how_to_name_it()
    {
        GoodPolicy();
        _folder.File("policies/terms/2025-1-1.md", "# Terms\n\nText.\n");
        _folder.File("policies/terms/2025-02-30.md", "# Terms\n\nText.\n");
        Load().ShouldBe([
            "policies/terms/2025-02-30.md:1: error: version file '2025-02-30.md' must be named by its date as yyyy-MM-dd.md (a real date)",
            "policies/terms/2025-1-1.md:1: error: version file '2025-1-1.md' must be named by its date as yyyy-MM-dd.md (a real date)",
            "policies/terms/policy.yml:1: error: the policy has no versions: add a file named by its date, like 2025-06-16.md",
        ]);
    }

    [Fact]
    public void Yaml_aliases_are_refused()
    {
        _folder.File("policies/terms/policy.yml", "title: &t Terms\nkind: *t\naudiences: [users]\nlanguage: en\n");
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        Load().ShouldBe(["policies/terms/policy.yml:1: error: YAML anchors (&t) are not allowed in metadata; write the value out"]);
    }

    [Fact]
    public void A_misspelt_key_is_reported_with_a_suggestion()
    {
        _folder.File("policies/terms/policy.yml", "title: Terms\nkind: Terms\naudience: [users]\naudiences: [users]\nlanguage: en\n");
        _folder.File("policies/terms/2025-01-01.md", "# Terms\n\nText.\n");
        Load().ShouldBe(["policies/terms/policy.yml:3: error: unknown key 'audience'; did you mean 'audiences'?"]);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        _folder.File("policies/a/policy.yml", "title: A\n");
        _folder.File("policies/a/2025-01-01.md", "");
        _folder.File("policies/b/policy.yml", "title: B\nkind: K\naudiences: [nobody]\nlanguage: en\n");
        _folder.File("policies/b/2025-01-01.md", "# B\n\nText\n");
        _folder.File("memos/m.md", "no front matter\n");
        var errors = Load();
        errors.Select(e => e.Split(':')[0]).Distinct().ShouldBe(["memos/m.md", "policies/a/2025-01-01.md", "policies/a/policy.yml", "policies/b/policy.yml"]);
    }
}
