using System.Diagnostics;

namespace PolicyKb.Pipeline;

/// <summary>
/// Runs build steps phase by phase. After each phase, a build with errors stops: every problem found so far is
/// reported together, and nothing is published. An exception in a step is reported with the step's name.
/// </summary>
public sealed class BuildPipeline(IEnumerable<IBuildStep> steps)
{
    private readonly IReadOnlyList<IBuildStep> _steps = [.. steps.OrderBy(s => s.Phase)];

    public IReadOnlyList<IBuildStep> Steps => _steps;

    public BuildResult Run(BuildContext context, Action<IBuildStep>? onStepStarting = null, Action<StepTiming>? onStepFinished = null)
    {
        var timings = new List<StepTiming>();
        foreach (var phase in _steps.GroupBy(s => s.Phase))
        {
            foreach (var step in phase)
            {
                onStepStarting?.Invoke(step);
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    step.Execute(context);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Diagnostics.Error(context.Options.InputDirectory, 1, $"step {step.Name} failed: {e.GetType().Name}: {e.Message}");
                    timings.Add(new StepTiming(step.Name, step.Phase, stopwatch.Elapsed));
                    return new BuildResult(false, context.Diagnostics.All, timings, step.Name);
                }

                var timing = new StepTiming(step.Name, step.Phase, stopwatch.Elapsed);
                timings.Add(timing);
                onStepFinished?.Invoke(timing);
            }

            if (context.Diagnostics.HasErrors)
            {
                return new BuildResult(false, context.Diagnostics.All, timings, phase.Last().Name);
            }
        }

        return new BuildResult(true, context.Diagnostics.All, timings, null);
    }
}
