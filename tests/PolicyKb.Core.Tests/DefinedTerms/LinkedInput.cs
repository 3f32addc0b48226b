using PolicyKb.DefinedTerms;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Steps;

namespace PolicyKb.Tests.DefinedTerms;

/// <summary>The real input, read and linked once by the build's own steps, for the tests that look at the result.</summary>
internal static class LinkedInput
{
    private static readonly Lazy<BuildContext> Built = new(() =>
    {
        var context = new BuildContext(BuildOptions.For(TestPaths.Input, Path.Combine(Path.GetTempPath(), "policykb-tests", "linked-output")));
        var result = new BuildPipeline([new ReadInputFolder(), new LinkDefinedTerms()]).Run(context);
        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        return context;
    });

    public static KnowledgeBase KnowledgeBase => Built.Value.KnowledgeBase;

    public static TermUsage Usage => Built.Value.Get<TermUsage>();

    public static PolicyVersion Version(string policyId, string date) =>
        KnowledgeBase.FindPolicy(policyId)!.Versions.Single(v => v.DateSlug == date);
}
