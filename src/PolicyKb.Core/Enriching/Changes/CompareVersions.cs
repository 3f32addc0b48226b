using PolicyKb.Pipeline;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Compares each version of every policy with the one before it and stores the <see cref="ChangeSets"/> artifact.
/// List it after the step that links defined terms (same phase): the terms that appear or disappear between
/// versions are read from the term references that step puts in the model.
/// </summary>
public sealed class CompareVersions : IBuildStep
{
    public string Name => nameof(CompareVersions);

    public BuildPhase Phase => BuildPhase.Process;

    public void Execute(BuildContext context) => context.Set(ChangeSets.Of(context.KnowledgeBase));
}
