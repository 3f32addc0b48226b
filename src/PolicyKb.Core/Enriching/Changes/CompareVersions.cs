using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Compares each version of every policy with the one before it and makes the <see cref="ChangeSets"/> artifact. It
/// needs the linked knowledge base: the terms that appear or disappear between versions are read from the term
/// references that linking puts in the model. With a <see cref="ComparisonCache"/> in the context (<c>serve</c> sets
/// one), a pair of versions compared before is not compared again.
/// </summary>
public sealed class CompareVersions : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Process;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<LinkedKnowledgeBase>(), Need.Optional<ComparisonCache>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(ChangeSets)];

    public void Execute(BuildContext context) => context.Set(ChangeSets.Of(context.Get<LinkedKnowledgeBase>().KnowledgeBase, context.TryGet<ComparisonCache>()));
}
