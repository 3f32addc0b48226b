using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Makes the glossary (the listed terms of <c>glossary.yml</c> merged with the definitions the documents make
/// themselves), links the uses of its terms in every version and memo, and makes the <see cref="LinkedKnowledgeBase"/>
/// and the <see cref="TermUsage"/>. Runs first in the Process phase: audience rules, search, changes and rendering all
/// read the linked model. With a <see cref="TermLinkCache"/> in the context (<c>serve</c> sets one), versions that
/// were read and linked before with terms that link the same are taken from it.
/// </summary>
public sealed class LinkDefinedTerms : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Process;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<ImportedKnowledgeBase>(), Need.Required<ListedTerms>(), Need.Optional<TermLinkCache>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(LinkedKnowledgeBase), typeof(TermUsage)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledgeBase = context.Get<ImportedKnowledgeBase>().KnowledgeBase;
        var diagnostics = context.Diagnostics;
        var glossary = GlossaryMerger.Merge(context.Get<ListedTerms>().Terms, DefinitionExtractor.Extract(knowledgeBase), knowledgeBase);
        GlossaryChecks.CheckAudienceRules(knowledgeBase.Audiences, glossary, diagnostics);

        // Each document is linked on its own (the linker and the diagnostics are safe to share), on all cores.
        // With a cache (serve's), a version read and linked before with terms that link the same is not linked again.
        var linker = new TermLinker(glossary);
        var cache = context.TryGet<TermLinkCache>();
        var key = cache is null ? "" : TermLinkCache.KeyOf(glossary);
        var versions = knowledgeBase.Policies.SelectMany(p => p.Versions).ToArray();
        var linkedVersions = new PolicyVersion[versions.Length];
        var linkedMemos = new Memo[knowledgeBase.Memos.Length];
        Parallel.For(0, versions.Length + linkedMemos.Length, i =>
        {
            if (i < versions.Length)
            {
                var version = versions[i];
                linkedVersions[i] = cache is null
                    ? linker.Link(version, diagnostics.ForDocument(version.PolicyId))
                    : cache.Link(version, key, diagnostics, own => linker.Link(version, own.ForDocument(version.PolicyId)));
            }
            else
            {
                var memo = knowledgeBase.Memos[i - versions.Length];
                linkedMemos[i - versions.Length] = linker.Link(memo, diagnostics.ForDocument(memo.Id));
            }
        });

        var next = 0;
        knowledgeBase = knowledgeBase with
        {
            Glossary = glossary,
            Policies = [.. knowledgeBase.Policies.Select(p => p with { Versions = [.. p.Versions.Select(_ => linkedVersions[next++])] })],
            Memos = [.. linkedMemos],
        };

        var usage = TermUsageCollector.Collect(knowledgeBase, cache is null ? null : (cache, key));
        GlossaryChecks.CheckUsed(glossary, usage, diagnostics);
        context.Set(new LinkedKnowledgeBase(knowledgeBase));
        context.Set(usage);
    }
}
