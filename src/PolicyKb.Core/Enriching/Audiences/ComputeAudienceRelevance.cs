using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Audiences;

/// <summary>Decides which sections matter to which audience, once, for the pages and the search index.</summary>
public sealed class ComputeAudienceRelevance : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Process;

    /// <summary>The linked knowledge base: audience rules pick sections by the defined terms they use.</summary>
    public IReadOnlyList<Need> Needs { get; } = [Need.Required<LinkedKnowledgeBase>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(AudienceRelevance)];

    public void Execute(BuildContext context) => context.Set(AudienceRelevance.Compute(context.Get<LinkedKnowledgeBase>().KnowledgeBase));
}
