using PolicyKb.Diagnostics;

namespace PolicyKb.Tests.Diagnostics;

/// <summary>A diagnostic says which step reported it and which document it is about as data, never only in its text.</summary>
public sealed class DiagnosticBagTests
{
    [Fact]
    public void Views_mark_what_is_added_through_them_and_share_one_collection()
    {
        var bag = new DiagnosticBag();
        var step = bag.ForStep("ReadInputFolder");

        step.ForDocument("privacy-policy").Error("policies/privacy-policy/2025-01-01.md", 1, "the file is empty");
        step.Warning("site.yml", 2, "no description");

        bag.All.Select(d => (d.Step, d.Document)).ShouldBe([("ReadInputFolder", "privacy-policy"), ("ReadInputFolder", null)]);
        bag.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void A_diagnostic_keeps_the_marks_it_already_has()
    {
        var found = new DiagnosticBag();
        found.ForDocument("terms").Error("glossary.yml", 4, "unknown document 'terms'");
        var build = new DiagnosticBag();

        build.ForStep("ReadGlossary").ForDocument("other").Add(found.All.Single());

        build.All.Single().ShouldSatisfyAllConditions(
            d => d.Step.ShouldBe("ReadGlossary"),
            d => d.Document.ShouldBe("terms"));
    }

    [Fact]
    public void The_marks_are_not_part_of_the_printed_diagnostic()
    {
        var bag = new DiagnosticBag();
        bag.ForStep("CheckLinks").ForDocument("privacy-policy").Error("output/index.html", 12, "broken link (no such page or file): /nowhere/");

        bag.All.Single().ToString().ShouldBe("output/index.html:12: error: broken link (no such page or file): /nowhere/");
    }
}
