namespace PolicyKb.Pipeline;

/// <summary>One step of a build, named as a verb and a noun (<c>ReadInputFolder</c>, <c>LinkDefinedTerms</c>).</summary>
public interface IBuildStep
{
    string Name { get; }

    BuildPhase Phase { get; }

    void Execute(BuildContext context);
}
