using PolicyKb.DefinedTerms;
using PolicyKb.Pipeline;

namespace PolicyKb.Steps;

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
        var listed = GlossaryReader.Read(context.Options.InputDirectory, knowledgeBase, diagnostics);
        var glossary = GlossaryMerger.Merge(listed, DefinitionExtractor.Extract(knowledgeBase), knowledgeBase);
        GlossaryChecks.CheckAudienceRules(knowledgeBase.Audiences, glossary, diagnostics);

        var linker = new TermLinker(glossary);
        knowledgeBase = knowledgeBase with
        {
            Glossary = glossary,
            Policies = [.. knowledgeBase.Policies.Select(p => p with { Versions = [.. p.Versions.Select(v => linker.Link(v, diagnostics))] })],
            Memos = [.. knowledgeBase.Memos.Select(m => linker.Link(m, diagnostics))],
        };

        var usage = TermUsageCollector.Collect(knowledgeBase);
        GlossaryChecks.CheckUsed(glossary, usage, diagnostics);
        context.KnowledgeBase = knowledgeBase;
        context.Set(usage);
    }
}
