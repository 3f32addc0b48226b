namespace PolicyKb.Pipeline;

/// <summary>How long one step took; <paramref name="Background"/> when it ran beside the steps after it.</summary>
public sealed record StepTiming(string Name, BuildPhase Phase, TimeSpan Elapsed, bool Background = false)
{
    /// <summary>What the step threw, if it failed.</summary>
    internal Exception? Error { get; init; }
}
