namespace PolicyKb.Pipeline;

/// <summary>
/// A step that runs on a thread of its own beside the steps that follow it, from its place in the pipeline until the
/// phase <see cref="FinishBefore"/>, which starts only once it is done (so that phase sees what it wrote). The steps
/// it runs beside must not depend on it, and it may only read the context as the steps before it left it, and add
/// files, artifacts and diagnostics (all safe to add from several threads).
/// </summary>
public interface IBackgroundBuildStep : IBuildStep
{
    BuildPhase FinishBefore { get; }
}
