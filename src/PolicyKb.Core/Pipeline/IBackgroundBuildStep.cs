namespace PolicyKb.Pipeline;

/// <summary>
/// A step that may run on a thread of its own beside the steps that follow it, from its place in the pipeline until
/// the phase <see cref="FinishBefore"/> names, which starts only once it is done (so that phase sees what it wrote). A
/// step that needs what it makes waits for it. It may only read the context as the steps before it left it, and add
/// files, artifacts and diagnostics (all safe to add from several threads).
/// </summary>
public interface IBackgroundBuildStep : IBuildStep
{
    /// <summary>
    /// The phase that must wait for this step, decided when it starts (from the context as the steps before it left
    /// it); a phase not after its own runs it in place, as any other step.
    /// </summary>
    BuildPhase FinishBefore(BuildContext context);
}
