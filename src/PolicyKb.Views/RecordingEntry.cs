namespace PolicyKb.Views;

/// <summary>A re-recording or a rejected recording, as the timeline lists it: when, which file, and why it is not a version of its own.</summary>
/// <param name="Anchor">Its element id on the timeline, so it can be linked to.</param>
/// <param name="RecordedAt">When it was recorded, as shown ("June 25, 2025, 17:17 UTC").</param>
/// <param name="MachineTime">The same for the time element (ISO 8601).</param>
/// <param name="File">The input file.</param>
/// <param name="Reason">Why it is not a version of its own, in words.</param>
/// <param name="Detail">The figures behind the reason, if any.</param>
public sealed record RecordingEntry(string Anchor, string RecordedAt, string MachineTime, string File, string Reason, string? Detail);
