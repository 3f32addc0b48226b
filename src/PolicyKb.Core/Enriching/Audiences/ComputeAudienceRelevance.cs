using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Audiences;

/// <summary>Decides which sections matter to which audience, once, for the pages and the search index.</summary>
public sealed class ComputeAudienceRelevance : IBuildStep
{
    public string Name => nameof(ComputeAudienceRelevance);

    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context) => context.Set(AudienceRelevance.Compute(context.KnowledgeBase));
}
