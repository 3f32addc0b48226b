using System.Diagnostics;

namespace PolicyKb.Pipeline;

/// <summary>
/// Runs build steps phase by phase, after checking when it is built that each step comes after the steps that make
/// what it needs (see <see cref="StepContracts"/>). After each phase, a build with errors stops: every problem found
/// so far is reported together, nothing is published, and the result names the first step that reported an error. An
/// exception in a step is reported with the step's name. An <see cref="IBackgroundBuildStep"/> runs beside the steps
/// after it until the phase it must finish before, or until a step needs what it makes; the build never ends (not
/// even a failed one) with such a step still running.
/// </summary>
public sealed class BuildPipeline
{
    private readonly IReadOnlyList<IBuildStep> _steps;
    private readonly IReadOnlySet<Type> _given;

    /// <param name="steps">The steps, in order within each phase.</param>
    /// <param name="given">
    /// Artifacts the context already holds when the pipeline runs: those of an earlier pipeline run on the same
    /// context (its <see cref="Artifacts"/>), say.
    /// </param>
    public BuildPipeline(IEnumerable<IBuildStep> steps, IEnumerable<Type>? given = null)
    {
        _steps = [.. steps.OrderBy(s => s.Phase)];
        _given = (given ?? []).ToHashSet();
        StepContracts.Check(_steps, _given);
    }

    public IReadOnlyList<IBuildStep> Steps => _steps;

    /// <summary>The artifacts a successful run leaves in the context: those it was given and those its steps make.</summary>
    public IReadOnlySet<Type> Artifacts => _given.Concat(_steps.SelectMany(s => s.Makes)).ToHashSet();

    public BuildResult Run(BuildContext context, Action<IBuildStep>? onStepStarting = null, Action<StepTiming>? onStepFinished = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_given.FirstOrDefault(a => !context.Has(a)) is { } missing)
        {
            throw new InvalidOperationException($"The pipeline is given {missing.Name}, which the context does not hold.");
        }

        var timings = new List<StepTiming>();
        var running = new List<Running>();

        // A failed build reports the background steps too, once they are done.
        BuildResult Failed(string step)
        {
            Finish(running, _ => true, context, timings, onStepFinished);
            return new BuildResult(false, context.Diagnostics.All, timings, step);
        }

        try
        {
            foreach (var phase in _steps.GroupBy(s => s.Phase))
            {
                if (Finish(running, r => r.FinishBefore <= phase.Key, context, timings, onStepFinished) is { } failed)
                {
                    return Failed(failed);
                }

                foreach (var step in phase)
                {
                    bool Feeds(Running r) => r.Step.Makes.Any(a => step.Needs.Any(n => n.Artifact == a));
                    if (running.Any(Feeds) && Finish(running, Feeds, context, timings, onStepFinished) is { } failedBefore)
                    {
                        return Failed(failedBefore);
                    }

                    onStepStarting?.Invoke(step);
                    var view = context.For(step);
                    if (step is IBackgroundBuildStep background)
                    {
                        BuildPhase finishBefore;
                        try
                        {
                            finishBefore = background.FinishBefore(view);
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            Report(context, step, e);
                            return Failed(step.Name);
                        }

                        if (finishBefore > phase.Key)
                        {
                            running.Add(new Running(step, finishBefore, Task.Factory.StartNew(
                                () => Timed(step, view, background: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
                            continue;
                        }
                    }

                    var timing = Timed(step, view, background: false);
                    timings.Add(timing);
                    if (timing.Error is not null)
                    {
                        Report(context, step, timing.Error);
                        return Failed(step.Name);
                    }

                    onStepFinished?.Invoke(timing);
                }

                if (context.Diagnostics.HasErrors)
                {
                    return Failed(FirstWithErrors(context) ?? phase.Last().Name);
                }
            }

            if (Finish(running, _ => true, context, timings, onStepFinished) is { } last)
            {
                return new BuildResult(false, context.Diagnostics.All, timings, last);
            }
        }
        finally
        {
            // A build stopped by an exception still waits for its background steps: nothing may write once it has returned.
            foreach (var step in running)
            {
                step.Work.Wait();
            }
        }

        return new BuildResult(true, context.Diagnostics.All, timings, null);
    }

    /// <summary>Waits for the background steps <paramref name="due"/> picks; the name of the first that failed or reported an error, if one did.</summary>
    private string? Finish(List<Running> running, Func<Running, bool> due, BuildContext context, List<StepTiming> timings, Action<StepTiming>? onStepFinished)
    {
        string? failed = null;
        foreach (var step in running.Where(due).ToList())
        {
            running.Remove(step);
            var timing = step.Work.GetAwaiter().GetResult();
            timings.Add(timing);
            if (timing.Error is not null)
            {
                Report(context, step.Step, timing.Error);
                failed ??= step.Step.Name;
            }
            else
            {
                onStepFinished?.Invoke(timing);
            }
        }

        return failed ?? (context.Diagnostics.HasErrors ? FirstWithErrors(context) ?? timings.LastOrDefault()?.Name : null);
    }

    /// <summary>The first step, in the pipeline's order, that reported an error.</summary>
    private string? FirstWithErrors(BuildContext context)
    {
        var reporting = context.Diagnostics.Errors.Select(d => d.Step).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return _steps.FirstOrDefault(s => reporting.Contains(s.Name))?.Name;
    }

    private static StepTiming Timed(IBuildStep step, BuildContext view, bool background)
    {
        var stopwatch = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            step.Execute(view);

            // A build with errors stops at the end of the phase, so a step may leave its artifact unmade when its input had errors.
            if (!view.Diagnostics.HasErrors && step.Makes.FirstOrDefault(a => !view.Has(a)) is { } unmade)
            {
                error = new InvalidOperationException($"{step.Name} did not make {unmade.Name}, which is in its Makes.");
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e;
        }

        return new StepTiming(step.Name, step.Phase, stopwatch.Elapsed, background) { Error = error };
    }

    private static void Report(BuildContext context, IBuildStep step, Exception e) =>
        context.Diagnostics.ForStep(step.Name).Error(context.Options.InputDirectory, 1, $"step {step.Name} failed: {e.GetType().Name}: {e.Message}");

    private sealed record Running(IBuildStep Step, BuildPhase FinishBefore, Task<StepTiming> Work);
}
