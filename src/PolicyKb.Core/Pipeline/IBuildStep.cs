namespace PolicyKb.Pipeline;

/// <summary>
/// One step of a build, named as a verb and a noun (<c>ReadInputFolder</c>, <c>LinkDefinedTerms</c>). It says what
/// it reads and what it makes, so that <see cref="BuildPipeline"/> can check the order of the steps when it is built,
/// and <see cref="BuildContext"/> holds it to that while it runs.
/// </summary>
public interface IBuildStep
{
    /// <summary>The name in progress, timings and failures: the type's, unless one type runs as several steps.</summary>
    string Name => GetType().Name;

    BuildPhase Phase { get; }

    /// <summary>The artifacts it reads.</summary>
    IReadOnlyList<Need> Needs { get; }

    /// <summary>The artifacts it makes, each written once in a build.</summary>
    IReadOnlyList<Type> Makes { get; }

    void Execute(BuildContext context);
}
