namespace PolicyKb.Site.Data;

/// <summary>A recording set aside, in a policy's data file.</summary>
/// <param name="File">The input file, relative to the input folder.</param>
/// <param name="RecordedAt">When it was recorded, UTC (yyyy-MM-ddTHH:mm:ssZ).</param>
/// <param name="Reason"><c>stub-or-error-page</c>, <c>partial-page</c>, <c>blow-up</c> or <c>different-page</c>.</param>
/// <param name="Detail">The reason in words, with the figures that show it.</param>
public sealed record RejectedRecordingData(string File, string RecordedAt, string Reason, string? Detail);
