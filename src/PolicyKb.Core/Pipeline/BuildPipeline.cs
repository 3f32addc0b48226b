using System.Diagnostics;

namespace PolicyKb.Pipeline;

/// <summary>
/// Runs build steps phase by phase. After each phase, a build with errors stops: every problem found so far is
/// reported together, and nothing is published. An exception in a step is reported with the step's name. An
/// <see cref="IBackgroundBuildStep"/> runs beside the steps after it until the phase it must finish before; the build
/// never ends (not even a failed one) with such a step still running.
/// </summary>
public sealed class BuildPipeline(IEnumerable<IBuildStep> steps)
{
    private readonly IReadOnlyList<IBuildStep> _steps = [.. steps.OrderBy(s => s.Phase)];

    public IReadOnlyList<IBuildStep> Steps => _steps;

    public BuildResult Run(BuildContext context, Action<IBuildStep>? onStepStarting = null, Action<StepTiming>? onStepFinished = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timings = new List<StepTiming>();
        var running = new List<(IBuildStep Step, BuildPhase FinishBefore, Task<StepTiming> Work)>();

        // A failed build reports the background steps too, once they are done.
        BuildResult Failed(string step)
        {
            Finish(running, (BuildPhase)int.MaxValue, context, timings, onStepFinished);
            return new BuildResult(false, context.Diagnostics.All, timings, step);
        }

        try
        {
            foreach (var phase in _steps.GroupBy(s => s.Phase))
            {
                if (Finish(running, phase.Key, context, timings, onStepFinished) is { } failed)
                {
                    return Failed(failed);
                }

                foreach (var step in phase)
                {
                    onStepStarting?.Invoke(step);
                    if (step is IBackgroundBuildStep background)
                    {
                        BuildPhase finishBefore;
                        try
                        {
                            finishBefore = background.FinishBefore(context);
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            Report(context, step, e);
                            return Failed(step.Name);
                        }

                        if (finishBefore > phase.Key)
                        {
                            running.Add((step, finishBefore, Task.Factory.StartNew(
                                () => Timed(step, context, background: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
                            continue;
                        }
                    }

                    var timing = Timed(step, context, background: false);
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
                    return Failed(phase.Last().Name);
                }
            }

            if (Finish(running, (BuildPhase)int.MaxValue, context, timings, onStepFinished) is { } last)
            {
                return new BuildResult(false, context.Diagnostics.All, timings, last);
            }
        }
        finally
        {
            // A build stopped by an exception still waits for its background steps: nothing may write once it has returned.
            foreach (var (_, _, work) in running)
            {
                work.Wait();
            }
        }

        return new BuildResult(true, context.Diagnostics.All, timings, null);
    }

    /// <summary>Waits for the background steps that must finish before <paramref name="phase"/>; the name of the first that failed, if one did.</summary>
    private static string? Finish(
        List<(IBuildStep Step, BuildPhase FinishBefore, Task<StepTiming> Work)> running, BuildPhase phase, BuildContext context,
        List<StepTiming> timings, Action<StepTiming>? onStepFinished)
    {
        string? failed = null;
        foreach (var (step, finishBefore, work) in running.Where(r => r.FinishBefore <= phase).ToList())
        {
            running.Remove((step, finishBefore, work));
            var timing = work.GetAwaiter().GetResult();
            timings.Add(timing);
            if (timing.Error is not null)
            {
                Report(context, step, timing.Error);
                failed ??= step.Name;
            }
            else
            {
                onStepFinished?.Invoke(timing);
            }
        }

        return failed ?? (context.Diagnostics.HasErrors ? timings.LastOrDefault()?.Name : null);
    }

    private static StepTiming Timed(IBuildStep step, BuildContext context, bool background)
    {
        var stopwatch = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            step.Execute(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e;
        }

        return new StepTiming(step.Name, step.Phase, stopwatch.Elapsed, background) { Error = error };
    }

    private static void Report(BuildContext context, IBuildStep step, Exception e) =>
        context.Diagnostics.Error(context.Options.InputDirectory, 1, $"step {step.Name} failed: {e.GetType().Name}: {e.Message}");
}
