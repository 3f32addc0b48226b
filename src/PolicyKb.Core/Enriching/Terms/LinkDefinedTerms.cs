using PolicyKb.Model;
using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Makes the glossary (the listed terms of <c>glossary.yml</c> merged with the definitions the documents make
/// themselves), links the uses of its terms in every version and memo, and stores the <see cref="TermUsage"/>.
/// Runs first in the Process phase: audience rules, search, changes and rendering all read the linked model.
/// </summary>
public sealed class LinkDefinedTerms : IBuildStep
{
    public string Name => nameof(LinkDefinedTerms);

    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context)
    {
        var knowledgeBase = context.KnowledgeBase;
        var diagnostics = context.Diagnostics;
        // Read with the input (see ReadGlossary), or here by a pipeline without that step.
        var listed = context.TryGet<ListedTerms>()?.Terms ?? GlossaryReader.Read(context.Options.InputDirectory, knowledgeBase, diagnostics);
        var glossary = GlossaryMerger.Merge(listed, DefinitionExtractor.Extract(knowledgeBase), knowledgeBase);
        GlossaryChecks.CheckAudienceRules(knowledgeBase.Audiences, glossary, diagnostics);

        // Each document is linked on its own (the linker and the diagnostics are safe to share), on all cores.
        var linker = new TermLinker(glossary);
        var versions = knowledgeBase.Policies.SelectMany(p => p.Versions).ToArray();
        var linkedVersions = new PolicyVersion[versions.Length];
        var linkedMemos = new Memo[knowledgeBase.Memos.Length];
        Parallel.For(0, versions.Length + linkedMemos.Length, i =>
        {
            if (i < versions.Length)
            {
                linkedVersions[i] = linker.Link(versions[i], diagnostics);
            }
            else
            {
                linkedMemos[i - versions.Length] = linker.Link(knowledgeBase.Memos[i - versions.Length], diagnostics);
            }
        });

        var next = 0;
        knowledgeBase = knowledgeBase with
        {
            Glossary = glossary,
            Policies = [.. knowledgeBase.Policies.Select(p => p with { Versions = [.. p.Versions.Select(_ => linkedVersions[next++])] })],
            Memos = [.. linkedMemos],
        };

        var usage = TermUsageCollector.Collect(knowledgeBase);
        GlossaryChecks.CheckUsed(glossary, usage, diagnostics);
        context.KnowledgeBase = knowledgeBase;
        context.Set(usage);
    }
}
