using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Importing.Structure;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Importing.Structure;

public sealed class SectionIdsTests
{
    [Fact]
    public void Slugs_the_heading()
    {
        SectionIds.Assign([("What if you don’t let us collect certain information?", null)])
            .ShouldBe(["what-if-you-dont-let-us-collect-certain-information"]);
    }

    [Fact]
    public void Qualifies_repeated_headings_by_their_parent_so_ids_do_not_shift()
    {
        var ids = SectionIds.Assign([("Intro", null), ("Take control", "Intro"), ("Sharing", null), ("Take control", "Sharing")]);
        ids.ShouldBe(["intro", "intro-take-control", "sharing", "sharing-take-control"]);
    }

    [Fact]
    public void Numbers_what_is_still_the_same_and_avoids_the_sites_own_ids()
    {
        SectionIds.Assign([("A", null), ("A", null), ("Main", null)]).ShouldBe(["a", "a-2", "main-section"]);
    }

    [Fact]
    public void Gives_the_same_id_to_the_same_heading_in_both_privacy_policy_versions()
    {
        var diagnostics = new DiagnosticBag();
        var policy = InputFolder.Load(TestPaths.Input, diagnostics).FindPolicy("privacy-policy")!;
        var older = policy.Versions[0].Content.AllSections().GroupBy(s => s.Heading).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id);
        var newer = policy.Versions[1].Content.AllSections().GroupBy(s => s.Heading).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        var shared = newer.Where(s => older.ContainsKey(s.Heading)).ToList();
        shared.Count.ShouldBeGreaterThan(15);
        shared.ShouldAllBe(s => older[s.Heading] == s.Id);
    }
}
