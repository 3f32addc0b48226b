using PolicyKb.Authoring;
using PolicyKb.Diagnostics;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;

namespace PolicyKb.Tests.Importing.History;

/// <summary>
/// Twelve real recordings of Instagram's Privacy Policy (from <c>../shared/corpus/recordings</c>) with their lines of
/// <c>recordings.tsv</c>, chosen for their noise, imported with <c>import-ota --recordings</c> beside the corpus's
/// newest recording of the same policy (which then becomes a dated version of it), and loaded as the build loads it.
/// </summary>
public sealed class RecordedHistory : IDisposable
{
    public const string PolicyId = "instagram-privacy-policy";

    /// <summary>The files, and what each of them is.</summary>
    public static readonly (string File, string Is)[] Files =
    [
        ("2023-12-27T18-32-53Z.md", "a version"),
        ("2024-04-16T21-34-29Z.md", "a technical upgrade that kept only the list of headings: a partial page"),
        ("2024-04-17T00-34-06Z.md", "Meta's old Data Policy: another page"),
        ("2024-08-16T12-31-14Z.md", "a rewrite to half the words: a version, judged against 2023-12-27, not the partial page"),
        ("2025-06-16T12-32-23Z.md", "a version"),
        ("2025-06-21T00-31-25Z.md", "a stub: the title only"),
        ("2025-06-25T17-17-32Z.md", "a technical upgrade that repeats the page: a blow-up"),
        ("2025-07-02T12-33-03Z.md", "a technical upgrade that changed the wording: a version, changed in how it was recorded"),
        ("2025-07-16T00-32-15Z.md", "a version (A)"),
        ("2025-08-08T00-33-09Z.md", "an error page"),
        ("2025-09-19T00-33-09Z.md", "a version (B)"),
        ("2025-11-14T00-41-08Z.md", "the wording of 2025-07-16 again: a re-recording of it (A→B→A)"),
    ];

    private static readonly string Recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");

    private readonly TempFolder _folder = new();

    public RecordedHistory()
    {
        var history = Path.Combine(_folder.Path, "recordings", "Instagram", "Privacy Policy");
        Directory.CreateDirectory(history);
        foreach (var (file, _) in Files)
        {
            File.Copy(Path.Combine(Recordings, file), Path.Combine(history, file));
        }

        var table = File.ReadAllLines(Path.Combine(Recordings, "recordings.tsv"));
        File.WriteAllLines(Path.Combine(history, "recordings.tsv"), [table[0], .. table.Where(l => Files.Any(f => l.StartsWith(f.File + "\t", StringComparison.Ordinal)))]);
        var corpus = Path.Combine(_folder.Path, "corpus", "Instagram");
        Directory.CreateDirectory(corpus);
        File.Copy(Path.Combine(TestPaths.Corpus, "ota", "Instagram", "Privacy Policy.md"), Path.Combine(corpus, "Privacy Policy.md"));

        RecordingsFolder = history;
        Import = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Path.Combine(_folder.Path, "corpus"), Root, new DateOnly(2026, 8, 22))
        {
            RecordedHistoriesDirectory = Path.Combine(_folder.Path, "recordings"),
        });
        var diagnostics = new DiagnosticBag();
        KnowledgeBase = InputFolder.Load(Root, diagnostics);
        Diagnostics = diagnostics.All;
    }

    public string Root => Path.Combine(_folder.Path, "input");

    /// <summary>The recorder's folder the import read.</summary>
    public string RecordingsFolder { get; }

    public OpenTermsArchiveImportResult Import { get; }

    public KnowledgeBase KnowledgeBase { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public Policy Policy => KnowledgeBase.FindPolicy(PolicyId)!;

    public static string PathOf(string file) => $"policies/{PolicyId}/recordings/{file}";

    public Recording RecordingOf(string file) => Policy.Recordings.Single(r => r.SourcePath == PathOf(file));

    public void Dispose() => _folder.Dispose();
}
