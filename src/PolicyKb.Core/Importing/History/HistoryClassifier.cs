using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Importing.History;

/// <summary>
/// Gives every file of a policy its fate, in time order. A file whose wording is that of any version before it is a
/// re-recording of that version (so an alternation A→B→A makes no third version); otherwise the
/// <see cref="RecordingJudge"/> judges it against the baseline, the newest version so far, and it is a new version or
/// rejected. A rejected file never becomes the baseline. Only the wording is read from every file (a scan, in
/// parallel); a text is read a second time and judged only when its wording is new, so a history of hundreds of
/// re-recordings costs little more than reading it. Unreadable files are errors and get no fate.
/// </summary>
public static class HistoryClassifier
{
    public static List<FileFate> Classify(IReadOnlyList<HistoryFile> files, string? policyTitle, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        var wordings = new Wording?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var source = InputFileReader.Read(files[i].FullPath, files[i].RelativePath, diagnostics);
            wordings[i] = source is null ? null : Wording.Of(source.Content);
        });

        var fates = new List<FileFate>();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        JudgedText? baseline = null;
        for (var i = 0; i < files.Count; i++)
        {
            if (wordings[i] is not { } wording)
            {
                continue;
            }

            var file = files[i];
            if (versions.TryGetValue(wording.Hash, out var repeated))
            {
                fates.Add(new FileFate(file, RecordingFate.ReRecording, repeated, null, null, wording.Words));
                continue;
            }

            var source = InputFileReader.Read(file.FullPath, file.RelativePath, diagnostics);
            if (source is null)
            {
                continue;
            }

            var judged = new JudgedText(file.RelativePath, source.Content);
            if (RecordingJudge.Judge(judged, baseline, policyTitle) is { } rejection)
            {
                fates.Add(new FileFate(file, RecordingFate.Rejected, null, rejection.Reason, rejection.Detail, wording.Words));
                continue;
            }

            versions[wording.Hash] = versions.Count;
            fates.Add(new FileFate(file, RecordingFate.NewVersion, versions.Count - 1, null, null, wording.Words));
            baseline = judged;
        }

        return fates;
    }
}
