namespace PolicyKb.Pipeline;

/// <summary>How long one step took.</summary>
public sealed record StepTiming(string Name, BuildPhase Phase, TimeSpan Elapsed);
