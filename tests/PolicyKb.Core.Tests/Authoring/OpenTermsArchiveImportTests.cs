using PolicyKb.Authoring;
using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Authoring;

/// <summary>import-ota: an Open Terms Archive corpus becomes a standard input folder that loads without a problem.</summary>
public sealed class OpenTermsArchiveImportTests : IDisposable
{
    private static readonly DateOnly RecordedOn = new(2026, 8, 22);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Ota => Path.Combine(TestPaths.Corpus, "ota");

    private static string Memos => Path.Combine(TestPaths.Corpus, "memos");

    private static string History => Path.Combine(TestPaths.Corpus, "history", "instagram-privacy-policy");

    private string Target => Path.Combine(_folder.Path, "input");

    /// <summary>A diagnostic as the data a test checks: where it is and what it says.</summary>
    private static (string Path, int Line, string Message) Of(Diagnostic diagnostic) => (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Message);

    private static KnowledgeBase Load(string root, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(root, bag);
        diagnostics = bag.All;
        return knowledgeBase;
    }

    /// <summary>The shared corpus imported once for the tests that only read it.</summary>
    public sealed class ImportedCorpus : IDisposable
    {
        private readonly TempFolder _folder = new();

        public ImportedCorpus() =>
            Result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Root, RecordedOn, Memos, History));

        public string Root => Path.Combine(_folder.Path, "input");

        public OpenTermsArchiveImportResult Result { get; }

        public void Dispose() => _folder.Dispose();
    }

    public sealed class The_shared_corpus(ImportedCorpus corpus) : IClassFixture<ImportedCorpus>
    {
        private string Root => corpus.Root;

        [Fact]
        public void Becomes_one_policy_per_recording_with_the_memos_and_the_earlier_versions()
        {
            var result = corpus.Result;
            result.Errors.ShouldBeEmpty();
            (result.Policies, result.Versions, result.Memos).ShouldBe((94, 97, 20));
        }

        [Fact]
        public void Loads_as_an_input_folder_without_a_problem()
        {
            var knowledgeBase = Load(Root, out var diagnostics);
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
            knowledgeBase.Policies.Length.ShouldBe(94);
            knowledgeBase.Memos.Length.ShouldBe(20);
            knowledgeBase.FindPolicy("instagram-privacy-policy")!.Versions.Select(v => v.DateSlug)
                .ShouldBe(["2022-09-22", "2024-08-16", "2025-09-19", "2026-08-22"]);
        }

        [Fact]
        public void Copies_every_document_byte_for_byte_under_a_slug_of_its_service_and_terms_type()
        {
            File.ReadAllBytes(Path.Combine(Root, "policies", "instagram-privacy-policy", "2026-08-22.md"))
                .ShouldBe(File.ReadAllBytes(Path.Combine(Ota, "Instagram", "Privacy Policy.md")));
            File.ReadAllBytes(Path.Combine(Root, "policies", "instagram-privacy-policy", "2024-08-16.md"))
                .ShouldBe(File.ReadAllBytes(Path.Combine(History, "2024-08-16.md")));
            foreach (var memo in Directory.GetFiles(Memos))
            {
                File.ReadAllBytes(Path.Combine(Root, "memos", Path.GetFileName(memo))).ShouldBe(File.ReadAllBytes(memo));
            }

            Directory.GetDirectories(Path.Combine(Root, "policies")).Select(Path.GetFileName)
                .ShouldAllBe(name => name!.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
        }

        [Fact]
        public void Describes_each_policy_and_sends_each_terms_type_to_its_readers()
        {
            var knowledgeBase = Load(Root, out _);
            var developerTerms = knowledgeBase.FindPolicy("instagram-developer-terms")!.Metadata;
            developerTerms.ShouldSatisfyAllConditions(
                () => developerTerms.Title.ShouldBe("Instagram Developer Terms"),
                () => developerTerms.Kind.ShouldBe("Developer Terms"),
                () => developerTerms.Service.ShouldBe("Instagram"),
                () => developerTerms.Language.ShouldBe("en"),
                () => developerTerms.DatedBy.ShouldBe(DateBasis.Retrieved),
                () => developerTerms.Audiences.ShouldBe(["developers"]));
            knowledgeBase.FindPolicy("instagram-law-enforcement-guidelines")!.Metadata.Audiences.ShouldBe(["law-enforcement"]);
            knowledgeBase.FindPolicy("reddit-privacy-policy")!.Metadata.Audiences.ShouldBe(["users"]);
            knowledgeBase.Audiences.Select(a => a.Id).ShouldBe(["users", "developers", "law-enforcement"]);
            knowledgeBase.Memos.Single(m => m.Id == "instagram-adds-a-posting-ban-to-protect-copyright").PolicyIds.ShouldBe(["instagram-community-guidelines"]);
        }
    }

    [Fact]
    public void Copies_the_corpus_under_distinct_names_for_scale_tests()
    {
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Target, RecordedOn, Memos, History, Copies: 3));
        result.Errors.ShouldBeEmpty();
        (result.Policies, result.Versions, result.Memos).ShouldBe((282, 291, 60));
        var knowledgeBase = Load(Target, out var diagnostics);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        knowledgeBase.Policies.Length.ShouldBe(282);
        knowledgeBase.FindPolicy("instagram-copy-3-privacy-policy")!.Metadata.Service.ShouldBe("Instagram (copy 3)");
        knowledgeBase.FindPolicy("instagram-copy-3-privacy-policy")!.Versions.Length.ShouldBe(4);
        knowledgeBase.Memos.Length.ShouldBe(60);
    }

    [Fact]
    public void Names_a_german_recording_german()
    {
        var recordings = Path.Combine(_folder.Path, "recordings");
        _folder.File("recordings/Beispiel/Nutzungsbedingungen.md",
            "# Nutzungsbedingungen\n\nDie Nutzung der Dienste ist für Sie kostenlos, und wir bitten Sie, die folgenden Bedingungen zu lesen. " +
            "Wir speichern Ihre Daten für die Dauer der Nutzung und löschen sie danach.\n");
        _folder.File("recordings/Example Service/Developer Terms.md", "# Developer Terms\n\nThe terms you accept when you use the API.\n");
        OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(recordings, Target, RecordedOn)).Errors.ShouldBeEmpty();
        var knowledgeBase = Load(Target, out var diagnostics);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        knowledgeBase.FindPolicy("beispiel-nutzungsbedingungen")!.Metadata.Language.ShouldBe("de");
        knowledgeBase.FindPolicy("example-service-developer-terms")!.Metadata.ShouldSatisfyAllConditions(
            m => m.Language.ShouldBe("en"), m => m.Audiences.ShouldBe(["developers"]));
    }

    [Fact]
    public void Writes_nothing_into_a_folder_that_is_not_empty()
    {
        _folder.File("input/site.yml", "title: Mine\n");
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Target, RecordedOn));
        result.Errors.Select(Of).ShouldBe([(Target, 1, "exists and is not empty; choose a new folder (nothing is overwritten)")]);
        Directory.GetFileSystemEntries(Target).Select(Path.GetFileName).ShouldBe(["site.yml"]);
    }

    [Fact]
    public void Reports_every_problem_with_the_options_and_writes_nothing()
    {
        var missing = Path.Combine(_folder.Path, "no-such-folder");
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(missing, Target, RecordedOn, MemosDirectory: missing, Copies: 0));
        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(Of).ShouldBe([
            (missing, 1, "no such folder"),
            (missing, 1, "no such folder"),
            (Target, 1, "the number of copies must be between 1 and 1,000, not 0"),
        ], ignoreOrder: true);
        Directory.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void Makes_a_recorded_history_with_no_policy_in_the_corpus_a_policy_of_its_own()
    {
        var source = Path.Combine(TestPaths.Corpus, "recordings", "Facebook", "Privacy Policy");
        var files = new[] { "2022-07-11T14-58-05Z.md", "2022-09-07T17-19-04Z.md", "2022-09-07T18-30-01Z.md" };
        foreach (var file in files)
        {
            _folder.Bytes($"recorded/Facebook/Privacy Policy/{file}", File.ReadAllBytes(Path.Combine(source, file)));
        }

        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Target, RecordedOn) { RecordedHistoriesDirectory = Path.Combine(_folder.Path, "recorded") });
        result.Errors.ShouldBeEmpty();
        (result.Policies, result.Recordings).ShouldBe((95, 3)); // the corpus's 94, and Facebook's, which it does not hold
        var policy = Load(Target, out var diagnostics).FindPolicy("facebook-privacy-policy").ShouldNotBeNull();
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        policy.Recordings.Select(r => (Path.GetFileName(r.SourcePath), r.Fate)).ShouldBe([
            (files[0], RecordingFate.NewVersion), (files[1], RecordingFate.NewVersion), (files[2], RecordingFate.ReRecording),
        ]);
        policy.Metadata.Title.ShouldBe("Facebook Privacy Policy");
    }

    [Fact]
    public void Refuses_a_recording_not_named_by_when_it_was_recorded()
    {
        _folder.File("recorded/Facebook/Privacy Policy/2022-07-11T14-58-05Z.md", "# Privacy Policy\n\nText.\n");
        var wrong = _folder.File("recorded/Facebook/Privacy Policy/latest.md", "# Privacy Policy\n\nText.\n");
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Target, RecordedOn) { RecordedHistoriesDirectory = Path.Combine(_folder.Path, "recorded") });
        result.Errors.Select(Of).ShouldBe([(wrong, 1, "a recording is named by the time it was recorded, as yyyy-MM-ddTHH-mm-ssZ.md (UTC)")]);
        Directory.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void Refuses_earlier_versions_dated_on_or_after_the_recordings()
    {
        _folder.File("history/2026-08-22.md", "# Privacy Policy\n\nText.\n");
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(Ota, Target, RecordedOn, HistoryDirectory: Path.Combine(_folder.Path, "history")));
        result.Errors.Select(Of).ShouldBe([(Path.Combine(_folder.Path, "history", "2026-08-22.md"), 1, "an earlier version must be dated before the recordings (2026-08-22)")]);
        Directory.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void Refuses_two_recordings_that_give_the_same_policy_id()
    {
        var recordings = Path.Combine(_folder.Path, "recordings");
        _folder.File("recordings/Acme/Privacy Policy.md", "# Privacy\n\nText.\n");
        _folder.File("recordings/ACME/Privacy-Policy.md", "# Privacy\n\nText.\n");
        var result = OpenTermsArchiveImport.Write(new OpenTermsArchiveImportOptions(recordings, Target, RecordedOn));
        var clash = result.Errors.ShouldHaveSingleItem();
        clash.Location.Path.ShouldBe(recordings);
        clash.Message.ShouldEndWith("give the same policy id 'acme-privacy-policy'; rename one");
        Directory.Exists(Target).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Developer Terms", "developers")]
    [InlineData("Law Enforcement Guidelines", "law-enforcement")]
    [InlineData("Law enforcement guidelines", "law-enforcement")]
    [InlineData("Terms of Service", "users")]
    [InlineData("Privacy Policy", "users")]
    [InlineData("Community Guidelines", "users")]
    public void Sends_a_terms_type_to_the_audience_it_is_written_for(string termsType, string audience) =>
        OpenTermsArchiveImport.AudienceOf(termsType).ShouldBe(audience);
}
