using PolicyKb.Authoring;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Importing;

/// <summary>A stub or an error page recorded as a version is refused when the input is read, so the build fails and nothing is published.</summary>
public sealed class VersionSanityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public VersionSanityTests()
    {
        _folder.File("site.yml", "title: Test\nbase_url: https://example.org/\n");
        _folder.File("audiences.yml", "- id: users\n  name: Users\n");
        _folder.File("policies/instagram-privacy/policy.yml", "title: Privacy Policy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\ndated_by: retrieved\n");
        Copy("2024-08-16.md", "2024-08-16.md");
    }

    public void Dispose() => _folder.Dispose();

    private void Copy(string history, string date) =>
        File.Copy(Versions.History(history), Path.Combine(_folder.Path, "policies", "instagram-privacy", date));

    private (KnowledgeBase KnowledgeBase, List<string> Errors) Load()
    {
        var diagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(_folder.Path, diagnostics);
        return (knowledgeBase, [.. diagnostics.Errors.Select(d => d.ToString())]);
    }

    [Fact]
    public void The_29_byte_stub_is_refused_with_its_path_and_line()
    {
        Copy("anomalies/2025-05-21_01bc3e80.md", "2025-05-21.md");
        var (knowledgeBase, errors) = Load();
        errors.ShouldBe(["policies/instagram-privacy/2025-05-21.md:1: error: refused: the version has no text besides its title \"Privacy Policy\"; a stub or a failed recording is not published"]);
        knowledgeBase.Policies.ShouldBeEmpty();
    }

    [Fact]
    public void The_error_page_is_refused_with_what_it_says()
    {
        Copy("anomalies/2025-08-08_10c4ba37.md", "2025-08-08.md");
        var (knowledgeBase, errors) = Load();
        errors.ShouldBe(["policies/instagram-privacy/2025-08-08.md:1: error: refused: this is an error page, not a version of the policy (it says \"This page isn't available right now\"); it is not published"]);
        knowledgeBase.Policies.ShouldBeEmpty();
    }

    [Fact]
    public void Both_anomalies_are_reported_at_once_between_real_versions()
    {
        Copy("anomalies/2025-05-21_01bc3e80.md", "2025-05-21.md");
        Copy("anomalies/2025-08-08_10c4ba37.md", "2025-08-08.md");
        Copy("2025-09-19.md", "2025-09-19.md");
        Load().Errors.Select(e => e.Split(": error: ")[0]).ShouldBe(["policies/instagram-privacy/2025-05-21.md:1", "policies/instagram-privacy/2025-08-08.md:1"]);
    }

    [Fact]
    public void The_real_versions_are_accepted()
    {
        Copy("2022-09-22.md", "2022-09-22.md");
        Copy("2025-09-19.md", "2025-09-19.md");
        var (knowledgeBase, errors) = Load();
        errors.ShouldBeEmpty();
        knowledgeBase.Policies.ShouldHaveSingleItem().Versions.Length.ShouldBe(3);
    }

    [Fact]
    public void A_version_cut_to_a_fraction_of_the_one_before_is_refused_with_both_word_counts()
    {
        var lines = File.ReadAllLines(Versions.History("2025-09-19.md"));
        _folder.File("policies/instagram-privacy/2025-09-19.md", string.Join("\n", lines.Take(40)));
        var error = Load().Errors.ShouldHaveSingleItem();
        error.ShouldStartWith("policies/instagram-privacy/2025-09-19.md:1: error: refused: the version has ");
        error.ShouldContain("of the 12,423 words of 2024-08-16; a policy does not shrink to less than a quarter from one version to the next");
    }

    [Fact]
    public void A_tiny_first_version_is_a_real_policy_not_a_stub()
    {
        _folder.File("policies/notice/policy.yml", "title: Notice\nkind: Notice\naudiences: [users]\nlanguage: en\n");
        _folder.File("policies/notice/2025-01-01.md", "# Notice\n\nText.\n");
        Load().Errors.ShouldBeEmpty();
    }

    [Fact]
    public void An_error_phrase_in_the_body_of_a_long_policy_is_not_taken_for_an_error_page()
    {
        var text = File.ReadAllText(Versions.History("2025-09-19.md")) + "\n\nIf a link gives Page not found, write to us.\n";
        _folder.File("policies/instagram-privacy/2025-09-19.md", text);
        Load().Errors.ShouldBeEmpty();
    }

    [Fact]
    public void No_document_of_the_Open_Terms_Archive_corpus_is_taken_for_a_stub_or_an_error_page()
    {
        var refused = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories))
        {
            var diagnostics = new DiagnosticBag();
            var source = Reading.InputFileReader.Read(file, file, diagnostics)!;
            if (!VersionSanity.Check(source, Versions.File(file, "2025-01-01"), null, diagnostics))
            {
                refused.AddRange(diagnostics.Errors.Select(d => d.ToString()));
            }
        }

        refused.ShouldBeEmpty();
    }
}
