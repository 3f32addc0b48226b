using PolicyKb.Diagnostics;
using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Importing;

/// <summary>
/// Makes a policy's versions and recordings from its dated files and its <c>recordings/</c>, judged together in time
/// order by the <see cref="HistoryClassifier"/>. Only the files that are new versions are imported (in parallel).
/// A recording set aside is a warning (<c>path: reason</c>), and the build goes on; a dated file is the policy
/// team's own, so a dated file that is not a version is an error, as it always was (stubs, error pages and shrinks
/// keep <see cref="VersionSanity"/>'s messages). A version of a recording is named by the day it was first recorded
/// (<c>2025-06-16</c>, then <c>2025-06-16-2</c> for a second one that day); a dated file by its date, as before.
/// </summary>
public sealed class HistoryReader(IReadOnlyDictionary<SourceFormat, IDocumentImporter> importers)
{
    /// <summary>Imports one file through a cache: given the file, the bag to report to and the import itself, returns what the import returns (see <see cref="PolicyReadCache.Import"/>).</summary>
    public delegate (SourceText Source, ImportedDocument Document)? Importer(
        HistoryFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, (SourceText Source, ImportedDocument Document)?> import);

    /// <summary>
    /// The policy's versions and recordings from its dated files and recordings. With <paramref name="cachedImport"/>
    /// (<c>serve</c>'s cache), every file is imported through it; else each is read and imported.
    /// </summary>
    public (ImmutableArray<PolicyVersion> Versions, ImmutableArray<Recording> Recordings) Read(
        string policyId, PolicyMetadata? metadata, IReadOnlyList<DatedFile> dated, IReadOnlyList<HistoryFile> recorded,
        IReadOnlyDictionary<DateOnly, string?> notes, ImportOptions options, DiagnosticBag diagnostics, Importer? cachedImport = null)
    {
        ArgumentNullException.ThrowIfNull(dated);
        ArgumentNullException.ThrowIfNull(recorded);
        var formats = dated.ToDictionary(d => d.RelativePath, d => (d.Date, d.Format), StringComparer.Ordinal);
        var files = dated.Select(d => new HistoryFile(d.RelativePath, d.FullPath, new DateTimeOffset(d.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), null, IsDated: true))
            .Concat(recorded)
            .OrderBy(f => f.RecordedAt).ThenBy(f => f.IsDated ? 0 : 1).ThenBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        var fates = HistoryClassifier.Classify(files, metadata?.Title, diagnostics);

        // A dated file is the policy team's own: it is imported even when rejected, so that the importer's problems
        // and VersionSanity's messages (stubs, shrinks) are said as the build always said them, then the rejection.
        var toImport = fates.Where(f => f.Fate == RecordingFate.NewVersion || (f.File.IsDated && f.Fate == RecordingFate.Rejected)).ToList();
        var imported = new (SourceText Source, ImportedDocument Document)?[toImport.Count];
        Parallel.For(0, toImport.Count, i =>
        {
            var file = toImport[i].File;
            var format = formats.TryGetValue(file.RelativePath, out var f) ? f.Format : SourceFormat.Markdown;
            (SourceText, ImportedDocument)? Run(DiagnosticBag bag)
            {
                var source = InputFileReader.Read(file.FullPath, file.RelativePath, bag);
                var document = source is null ? null : PolicyReader.Import(importers[format], source, options, bag);
                return source is null || document is null ? null : (source, document);
            }

            var result = cachedImport is null ? Run(diagnostics) : cachedImport(file, diagnostics, Run);
            imported[i] = result is null || diagnostics.HasErrorsIn(file.RelativePath) ? null : result;
        });

        var versions = new List<PolicyVersion>();
        var ids = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < toImport.Count; i++)
        {
            var fate = toImport[i];
            if (imported[i] is not { } import)
            {
                continue; // refused by the importer, which said why
            }

            var file = fate.File;
            var date = file.IsDated ? formats[file.RelativePath].Date : DateOnly.FromDateTime(file.RecordedAt.UtcDateTime);
            var id = UniqueId(date, taken);
            notes.TryGetValue(date, out var note);
            var previous = versions.Count > 0 ? versions[^1] : null;
            var version = new PolicyVersion(policyId, date, file.RelativePath, file.IsDated ? formats[file.RelativePath].Format : SourceFormat.Markdown,
                import.Document.Title, file.IsDated ? note : null, import.Document.StatedDate, import.Document.Content)
            {
                Id = id,
                FirstRecorded = date,
                Origin = file.IsRecorderChange ? ChangeOrigin.Recorder : ChangeOrigin.Terms,
                IsRecorded = !file.IsDated,
                KeepsStatedDate = previous?.StatedDate is { } stated && import.Document.StatedDate == stated,
            };

            if (file.IsDated && !VersionSanity.Check(import.Source, version, previous, diagnostics))
            {
                continue;
            }

            if (fate.Fate == RecordingFate.Rejected)
            {
                diagnostics.Error(file.RelativePath, 1, $"refused: {fate.Detail}; it is not published");
                continue;
            }

            if (file.IsDated && metadata is { DatedBy: DateBasis.Effective } && import.Document.StatedDate is { } says && says != date)
            {
                diagnostics.Warning(file.RelativePath, 1, $"the text states the date {says:yyyy-MM-dd}, the file name says {date:yyyy-MM-dd}");
            }

            versions.Add(version);
            ids.Add(id);
        }

        var recordings = new List<Recording>();
        foreach (var fate in fates)
        {
            var file = fate.File;
            if (fate.Fate == RecordingFate.Rejected && !file.IsDated)
            {
                diagnostics.Warning(file.RelativePath, 1, $"rejected ({RejectionReasons.Describe(fate.Reason!.Value)}): {fate.Detail}");
            }
            else if (fate.Fate == RecordingFate.ReRecording && file.IsDated)
            {
                diagnostics.Warning(file.RelativePath, 1, $"has the same wording as {ids.ElementAtOrDefault(fate.Version!.Value)}: it is kept as a re-recording of that version, not as a new one");
            }

            var versionId = fate.Version is { } v && v < ids.Count ? ids[v] : null;
            recordings.Add(new Recording(file.RelativePath, file.RecordedAt, file.Kind, fate.Fate, versionId, fate.Reason, fate.Detail, fate.Words));
        }

        return ([.. versions], [.. recordings]);
    }

    private static string UniqueId(DateOnly date, HashSet<string> taken)
    {
        var slug = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = slug;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }
}
