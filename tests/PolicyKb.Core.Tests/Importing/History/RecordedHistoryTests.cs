using PolicyKb.Diagnostics;
using PolicyKb.Importing.History;
using PolicyKb.Model;

namespace PolicyKb.Tests.Importing.History;

/// <summary>A real recorded history becomes versions, re-recordings and rejected recordings, each with its reason, and loads without an error.</summary>
public sealed class RecordedHistoryTests(RecordedHistory history) : IClassFixture<RecordedHistory>
{
    private const string Dated = "policies/instagram-privacy-policy/2026-08-22.md";

    [Fact]
    public void Import_copies_every_recording_and_the_table_byte_for_byte()
    {
        history.Import.Errors.ShouldBeEmpty();
        history.Import.Recordings.ShouldBe(RecordedHistory.Files.Length);
        foreach (var file in RecordedHistory.Files.Select(f => f.File).Append(RecordingsFolder.TableFile))
        {
            File.ReadAllBytes(Path.Combine(history.Root, RecordedHistory.PathOf(file))).ShouldBe(File.ReadAllBytes(Path.Combine(history.RecordingsFolder, file)), file);
        }
    }

    [Fact]
    public void Loads_without_an_error_and_warns_of_each_rejected_recording_with_its_reason()
    {
        history.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var rejections = history.Diagnostics.Where(d => d.Message.StartsWith("rejected", StringComparison.Ordinal))
            .Select(d => (Path.GetFileName(d.Location.Path), d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]));
        rejections.ShouldBe([
            ("2024-04-16T21-34-29Z.md", "rejected (partial page)"),
            ("2024-04-17T00-34-06Z.md", "rejected (different page)"),
            ("2025-06-21T00-31-25Z.md", "rejected (stub or error page)"),
            ("2025-06-25T17-17-32Z.md", "rejected (blow-up)"),
            ("2025-08-08T00-33-09Z.md", "rejected (stub or error page)"),
        ]);
    }

    [Fact]
    public void Gives_every_input_file_exactly_one_fate()
    {
        var fates = history.Policy.Recordings.Select(r => (Path.GetFileName(r.SourcePath), r.Fate, r.VersionId, r.Reason));
        fates.ShouldBe([
            ("2023-12-27T18-32-53Z.md", RecordingFate.NewVersion, "2023-12-27", null),
            ("2024-04-16T21-34-29Z.md", RecordingFate.Rejected, null, RejectionReason.PartialPage),
            ("2024-04-17T00-34-06Z.md", RecordingFate.Rejected, null, RejectionReason.DifferentPage),
            ("2024-08-16T12-31-14Z.md", RecordingFate.NewVersion, "2024-08-16", null),
            ("2025-06-16T12-32-23Z.md", RecordingFate.NewVersion, "2025-06-16", null),
            ("2025-06-21T00-31-25Z.md", RecordingFate.Rejected, null, RejectionReason.StubOrErrorPage),
            ("2025-06-25T17-17-32Z.md", RecordingFate.Rejected, null, RejectionReason.BlowUp),
            ("2025-07-02T12-33-03Z.md", RecordingFate.NewVersion, "2025-07-02", null),
            ("2025-07-16T00-32-15Z.md", RecordingFate.NewVersion, "2025-07-16", null),
            ("2025-08-08T00-33-09Z.md", RecordingFate.Rejected, null, RejectionReason.StubOrErrorPage),
            ("2025-09-19T00-33-09Z.md", RecordingFate.NewVersion, "2025-09-19", null),
            ("2025-11-14T00-41-08Z.md", RecordingFate.ReRecording, "2025-07-16", null),
            ("2026-08-22.md", RecordingFate.NewVersion, "2026-08-22", null),
        ]);
    }

    [Fact]
    public void Publishes_the_new_versions_oldest_first_and_the_newest_is_current()
    {
        history.Policy.Versions.Select(v => v.Id).ShouldBe(["2023-12-27", "2024-08-16", "2025-06-16", "2025-07-02", "2025-07-16", "2025-09-19", "2026-08-22"]);
        history.Policy.Current.SourcePath.ShouldBe(Dated);
    }

    [Fact]
    public void Labels_a_technical_upgrade_that_changed_the_wording_a_change_in_how_the_page_was_recorded()
    {
        var upgrade = history.Policy.Versions.Single(v => v.Id == "2025-07-02");
        upgrade.Origin.ShouldBe(ChangeOrigin.Recorder);
        history.Policy.Versions.Where(v => v.Id != "2025-07-02").ShouldAllBe(v => v.Origin == ChangeOrigin.Terms);
    }

    [Fact]
    public void Marks_a_wording_change_that_keeps_the_stated_effective_date()
    {
        var version = history.Policy.Versions.Single(v => v.Id == "2025-07-16");
        version.StatedDate.ShouldBe(new DateOnly(2025, 6, 16));
        version.KeepsStatedDate.ShouldBeTrue();
        history.Policy.Versions.Single(v => v.Id == "2025-06-16").KeepsStatedDate.ShouldBeFalse();
    }

    [Fact]
    public void Says_why_a_recording_was_rejected_with_the_figures_that_show_it()
    {
        history.RecordingOf("2025-06-25T17-17-32Z.md").Detail.ShouldStartWith("a blow-up: 95,947 words, 6.6 times the baseline, because its text repeats");
        history.RecordingOf("2025-06-21T00-31-25Z.md").Detail.ShouldBe("a stub: no text besides its title \"Privacy Policy\" (2 words)");
        history.RecordingOf("2025-08-08T00-33-09Z.md").Detail.ShouldBe("an error page: it says \"This page isn't available right now\" (206 words)");
        history.RecordingOf("2024-04-17T00-34-06Z.md").Detail.ShouldStartWith("another document: its title is \"Data Policy\"");
    }

    [Fact]
    public void All_recordings_of_one_version_share_its_wording()
    {
        foreach (var version in history.Policy.Versions)
        {
            var wordings = history.Policy.Recordings.Where(r => r.VersionId == version.Id)
                .Select(r => Wording.Of(File.ReadAllText(Path.Combine(history.Root, r.SourcePath)))).Distinct().ToList();
            wordings.ShouldHaveSingleItem(version.Id);
        }
    }

    [Fact]
    public void Sums_up_the_history_in_one_line()
    {
        HistorySummary.IsRecorded(history.Policy).ShouldBeTrue();
        HistorySummary.Line(history.Policy).ShouldBe(
            "instagram-privacy-policy: 13 recordings → 7 versions, 1 re-recording, 5 rejected (2 stub or error page, 1 partial page, 1 blow-up, 1 different page)");
    }
}
