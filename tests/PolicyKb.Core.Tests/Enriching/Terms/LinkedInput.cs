using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Enriching.Terms;

/// <summary>The real input, read and linked once by the build's own steps, for the tests that look at the result.</summary>
internal static class LinkedInput
{
    private static readonly Lazy<KnowledgeBase> Read = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(TestPaths.Input, diagnostics);
        diagnostics.Errors.ShouldBeEmpty();
        return knowledgeBase;
    });

    private static readonly Lazy<BuildContext> Built = new(() =>
    {
        var context = new BuildContext(BuildOptions.For(TestPaths.Input, Path.Combine(Path.GetTempPath(), "policykb-tests", "linked-output")));
        var result = new BuildPipeline([new ReadInputFolder(), new ReadGlossary(), new LinkDefinedTerms()]).Run(context);
        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        return context;
    });

    /// <summary>The input as read, before terms are linked.</summary>
    public static KnowledgeBase AsRead => Read.Value;

    public static KnowledgeBase KnowledgeBase => Built.Value.Get<LinkedKnowledgeBase>().KnowledgeBase;

    public static TermUsage Usage => Built.Value.Get<TermUsage>();

    public static PolicyVersion Version(string policyId, string date) =>
        KnowledgeBase.FindPolicy(policyId)!.Versions.Single(v => v.DateSlug == date);
}
