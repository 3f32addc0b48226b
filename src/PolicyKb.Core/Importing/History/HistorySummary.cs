using PolicyKb.Model;

namespace PolicyKb.Importing.History;

/// <summary>
/// The line a build prints for a policy with a recorded history: how many recordings, and what became of them
/// (<c>instagram-privacy-policy: 112 recordings → 35 versions, 65 re-recordings, 12 rejected (9 stub or error page, 1 blow-up, …)</c>).
/// </summary>
public static class HistorySummary
{
    /// <summary>Whether the policy has a recorder's files, as opposed to dated files only.</summary>
    public static bool IsRecorded(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Recordings.Any(r => r.SourcePath.Contains($"/{RecordingsFolder.Name}/", StringComparison.Ordinal));
    }

    public static string Line(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rejected = policy.Recordings.Where(r => r.Fate == RecordingFate.Rejected).ToList();
        var reasons = rejected.GroupBy(r => r.Reason!.Value).OrderBy(g => g.Key).Select(g => $"{g.Count()} {RejectionReasons.Describe(g.Key)}");
        var line = $"{policy.Id}: {Count(policy.Recordings.Length, "recording")} → {Count(policy.Versions.Length, "version")}, "
            + $"{Count(policy.Recordings.Count(r => r.Fate == RecordingFate.ReRecording), "re-recording")}, {rejected.Count} rejected";
        return rejected.Count == 0 ? line : $"{line} ({string.Join(", ", reasons)})";
    }

    private static string Count(int n, string noun) => $"{n:N0} {noun}{(n == 1 ? "" : "s")}";
}
