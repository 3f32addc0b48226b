using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.Folder;
using PolicyKb.Pipeline;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>
/// The glossary is read with the rest of the input; its references to a document whose file has an error are not
/// reported on top of that error, and a failed build names the step whose errors stopped it.
/// </summary>
public sealed class ReadGlossaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ReadGlossaryTests()
    {
        _folder.File("site.yml", "title: Test\nbase_url: https://example.org/\n");
        _folder.File("audiences.yml", "- id: users\n  name: Users\n");
        _folder.File("policies/privacy/policy.yml", "title: Privacy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\n");
        _folder.File("policies/privacy/2025-01-01.md", "# Privacy\n\n## Sharing\n\nWe share information with partners.\n");
    }

    public void Dispose() => _folder.Dispose();

    private BuildResult Build() =>
        new BuildPipeline([new ReadInputFolder(), new ReadGlossary(), new LinkDefinedTerms()])
            .Run(new BuildContext(BuildOptions.For(_folder.Path, Path.Combine(_folder.Path, "out"))));

    private void Glossary(string document, string audience = "users") => _folder.File("glossary.yml", $"""
        - id: partner
          term: partner
          definition: A business Meta works with.
          audiences: [{audience}]
          sources: [{"{"} document: {document} {"}"}]
        """);

    [Fact]
    public void A_reference_to_a_document_whose_file_has_an_error_is_not_reported_again()
    {
        _folder.File("policies/privacy/2025-01-01.md", "");
        Glossary("privacy");

        var result = Build();

        result.FailedStep.ShouldBe("ReadInputFolder");
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Location.Path.ShouldBe("policies/privacy/2025-01-01.md");
        (error.Step, error.Document).ShouldBe(("ReadInputFolder", "privacy"));
    }

    [Fact]
    public void A_reference_to_a_document_that_does_not_exist_is_reported_by_the_glossary_step()
    {
        Glossary("nowhere");

        var result = Build();

        result.FailedStep.ShouldBe("ReadGlossary");
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("unknown document 'nowhere'");
        (error.Step, error.Document).ShouldBe(("ReadGlossary", "nowhere"));
    }

    [Fact]
    public void Errors_of_both_steps_are_reported_together_under_the_first()
    {
        _folder.File("policies/privacy/2025-01-01.md", "");
        Glossary("privacy", audience: "strangers");

        var result = Build();

        result.FailedStep.ShouldBe("ReadInputFolder");
        result.Diagnostics.Select(d => d.Step).ShouldBe(["ReadGlossary", "ReadInputFolder"]);
    }
}
