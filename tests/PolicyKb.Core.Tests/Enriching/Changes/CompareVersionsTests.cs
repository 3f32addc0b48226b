using PolicyKb.Authoring;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Enriching.Changes;

public sealed class CompareVersionsTests
{
    [Fact]
    public void Runs_in_the_process_phase()
    {
        new CompareVersions().Phase.ShouldBe(BuildPhase.Process);
    }

    [Fact]
    public void Stores_one_comparison_per_pair_of_consecutive_versions_of_the_real_input()
    {
        using var output = new TempFolder();
        var context = new BuildContext(BuildOptions.For(TestPaths.Input, output.Path));
        var result = new BuildPipeline([new LinkDefinedTerms(), new CompareVersions(), new ReadInputFolder(), new ReadGlossary()]).Run(context);

        result.Succeeded.ShouldBeTrue();
        var changeSets = context.Get<ChangeSets>();
        var comparison = changeSets.Comparisons.ShouldHaveSingleItem();
        comparison.Url.ShouldBe("/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/");
        var privacy = context.Get<LinkedKnowledgeBase>().KnowledgeBase.FindPolicy("privacy-policy")!;
        changeSets.Into(privacy.Current).ShouldBeSameAs(comparison);
        changeSets.From(privacy.Versions[0]).ShouldBeSameAs(comparison);
        changeSets.Into(privacy.Versions[0]).ShouldBeNull();
        changeSets.ForPolicy("terms-of-use").ShouldBeEmpty();
    }
}
