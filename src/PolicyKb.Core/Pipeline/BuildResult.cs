using PolicyKb.Diagnostics;

namespace PolicyKb.Pipeline;

/// <summary>The outcome of running a pipeline: whether it succeeded, every problem, and the time of each step.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StepTiming> Timings, string? FailedStep);
