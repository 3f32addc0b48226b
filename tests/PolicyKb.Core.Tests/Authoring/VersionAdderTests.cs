using PolicyKb.Authoring;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Authoring;

/// <summary><c>add-version</c> against a copy of the real input folder.</summary>
public sealed class VersionAdderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _input;

    public VersionAdderTests() => _input = _folder.CopyFrom(TestPaths.Input, "input");

    public void Dispose() => _folder.Dispose();

    private string Policies(string relative) => Path.Combine(_input, "policies", relative);

    private string[] PrivacyFiles() => [.. Directory.GetFiles(Policies("privacy-policy")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private AddVersionResult Add(string file, string date, string policy = "privacy-policy") => VersionAdder.Add(_input, policy, file, date);

    /// <summary>A diagnostic as the data a test checks: where it is and what it says.</summary>
    private static (string Path, int Line, string Message) Of(Diagnostic diagnostic) => (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Message);

    private void ShouldBeRefusedWith(AddVersionResult result, string path, int line, string message)
    {
        result.Added.ShouldBeFalse();
        result.Errors.Select(Of).ShouldBe([(path, line, message)]);
        PrivacyFiles().ShouldBe(["2024-11-14.txt", "2025-06-16.md", "policy.yml"]);
    }

    public sealed class Given_a_new_recording_after_the_current_version : IDisposable
    {
        private readonly VersionAdderTests _test = new();
        private readonly string _file = Versions.History("2025-09-19.md");
        private readonly AddVersionResult _result;

        public Given_a_new_recording_after_the_current_version() => _result = _test.Add(_file, "2025-09-19");

        public void Dispose() => _test.Dispose();

        [Fact]
        public void Places_the_file_byte_for_byte_under_its_date()
        {
            _result.Errors.ShouldBeEmpty();
            _result.PlacedPath.ShouldBe("policies/privacy-policy/2025-09-19.md");
            File.ReadAllBytes(_test.Policies("privacy-policy/2025-09-19.md")).ShouldBe(File.ReadAllBytes(_file));
        }

        [Fact]
        public void Compares_it_with_the_current_version_and_sums_up_what_changed()
        {
            var comparison = _result.Comparisons.ShouldHaveSingleItem();
            comparison.Older.DateSlug.ShouldBe("2025-06-16");
            comparison.Newer.DateSlug.ShouldBe("2025-09-19");
            var summary = ChangeReport.Summary(comparison).Split('\n');
            summary[0].ShouldBe("privacy-policy 2025-06-16 → 2025-09-19");
            summary[1].ShouldStartWith($"  sections: {comparison.Summary.Added} added, {comparison.Summary.Removed} removed, {comparison.Summary.Changed} changed in wording");
            summary[2].ShouldBe($"  words: +{comparison.Summary.WordsAdded:N0} −{comparison.Summary.WordsRemoved:N0}");
            comparison.Summary.Added.ShouldBeGreaterThan(0);
        }

        [Fact]
        public void Warns_that_the_text_states_another_date()
        {
            _result.Warnings.Select(Of).ShouldBe([(_file, 1, "the text states the date 2025-06-16, --date says 2025-09-19")]);
        }

        [Fact]
        public void The_input_then_loads_with_the_new_version_current()
        {
            var diagnostics = new DiagnosticBag();
            var policy = InputFolder.Load(_test._input, diagnostics).FindPolicy("privacy-policy")!;
            diagnostics.Errors.ShouldBeEmpty();
            policy.Current.DateSlug.ShouldBe("2025-09-19");
        }
    }

    [Fact]
    public void An_older_free_date_fills_in_history_and_is_compared_with_the_version_after_it()
    {
        var result = Add(Versions.History("2024-08-16.md"), "2024-08-16");
        result.PlacedPath.ShouldBe("policies/privacy-policy/2024-08-16.md");
        var comparison = result.Comparisons.ShouldHaveSingleItem();
        (comparison.Older.DateSlug, comparison.Newer.DateSlug).ShouldBe(("2024-08-16", "2024-11-14"));
    }

    [Fact]
    public void A_missing_input_folder_is_named_as_such_not_taken_for_an_unknown_policy()
    {
        var missing = Path.Combine(_folder.Path, "no-such-input");
        var result = VersionAdder.Add(missing, "privacy-policy", Versions.History("2025-09-19.md"), "2025-09-19");
        result.Added.ShouldBeFalse();
        result.Errors.Select(Of).ShouldBe([(missing, 1, "the input folder does not exist (run from the folder that holds input/, or give --input)")]);
        Directory.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void A_version_whose_sections_mostly_lose_their_ids_is_added_with_a_warning()
    {
        // The Platform Policy's sections are titles written as plain lines; one Markdown heading turns them off.
        var text = File.ReadAllText(Policies("platform-policy/2026-11-24.md")) + "\n\n## Data retention\n\nWe keep data for a year.\n";
        var file = _folder.File("new/platform.md", text);
        var result = Add(file, "2026-12-01", "platform-policy");
        result.Added.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Warnings.ShouldContain(w => w.Location.Path == file && w.Location.Line == 1
            && w.Message.StartsWith("only 0 of the ", StringComparison.Ordinal) && w.Message.Contains("keep their place in this version", StringComparison.Ordinal));

        // An ordinary update keeps them and gets no such warning.
        var update = _folder.File("new/update.md", File.ReadAllText(Policies("platform-policy/2026-11-24.md")) + "\nOne more sentence for the last section.\n");
        var updated = Add(update, "2026-11-28", "platform-policy");
        updated.Added.ShouldBeTrue(string.Join("\n", updated.Errors));
        updated.Warnings.ShouldNotContain(w => w.Message.Contains("keep their place", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_text_file_is_placed_as_txt()
    {
        var text = File.ReadAllText(Policies("privacy-policy/2024-11-14.txt")).Replace("November 14, 2024", "December 1, 2024", StringComparison.Ordinal);
        var file = _folder.File("new/recording.TXT", text);
        Add(file, "2024-12-01").PlacedPath.ShouldBe("policies/privacy-policy/2024-12-01.txt");
    }

    [Fact]
    public void A_file_identical_to_the_current_version_is_refused()
    {
        var file = _folder.File("new/copy.md", File.ReadAllText(Policies("privacy-policy/2025-06-16.md")));
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 1, "identical to policies/privacy-policy/2025-06-16.md; there is nothing new to add");
    }

    [Fact]
    public void A_file_that_differs_only_in_white_space_is_refused()
    {
        var current = File.ReadAllText(Policies("privacy-policy/2025-06-16.md"));
        var file = _folder.File("new/spaced.md", current.Replace("\n\n", "\n\n\n", StringComparison.Ordinal).Replace(". ", ".  ", StringComparison.Ordinal) + "\n\n");
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 1, "differs from policies/privacy-policy/2025-06-16.md only in white space or layout; there is nothing new to add");
    }

    [Fact]
    public void A_file_whose_links_point_elsewhere_but_whose_wording_is_the_same_is_refused()
    {
        var current = File.ReadAllText(Policies("privacy-policy/2025-06-16.md"));
        var file = _folder.File("new/relinked.md", current.Replace("](https://privacycenter.instagram.com/", "](https://www.instagram.com/", StringComparison.Ordinal));
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 1,
            "has the same wording as policies/privacy-policy/2025-06-16.md (only layout, white space or link targets differ); it would be a re-recording of that version, not a new one");
    }

    [Fact]
    public void The_page_recorded_six_times_over_is_refused_as_a_blow_up_and_poisons_nothing()
    {
        var current = File.ReadAllText(Policies("privacy-policy/2025-06-16.md"));
        var file = _folder.File("new/repeated.md", string.Concat(Enumerable.Repeat(current + "\n\n", 6)));
        var result = Add(file, "2025-07-01");
        result.Added.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("refused, blow-up: a blow-up: ");
        error.Message.ShouldContain("times the baseline, because its text repeats");
        PrivacyFiles().ShouldBe(["2024-11-14.txt", "2025-06-16.md", "policy.yml"]);
        Add(Versions.History("2025-09-19.md"), "2025-09-19").Added.ShouldBeTrue();
    }

    [Fact]
    public void A_file_with_one_word_changed_is_added()
    {
        var current = File.ReadAllText(Policies("privacy-policy/2025-06-16.md"));
        var file = _folder.File("new/edited.md", current.Replace("We at Meta want you to understand", "We at Meta want everyone to understand", StringComparison.Ordinal));
        var result = Add(file, "2025-07-01");
        result.Added.ShouldBeTrue();
        var summary = result.Comparisons.ShouldHaveSingleItem().Summary;
        (summary.Changed, summary.WordsAdded, summary.WordsRemoved, summary.Added, summary.Removed).ShouldBe((1, 1, 1, 0, 0));
    }

    [Fact]
    public void The_stub_is_refused()
    {
        var file = Versions.History("anomalies/2025-05-21_01bc3e80.md");
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 1, "refused: the version has no text besides its title \"Privacy Policy\"; a stub or a failed recording is not published");
    }

    [Fact]
    public void The_error_page_is_refused()
    {
        var file = Versions.History("anomalies/2025-08-08_10c4ba37.md");
        ShouldBeRefusedWith(Add(file, "2025-08-08"), file, 1, "refused: this is an error page, not a version of the policy (it says \"This page isn't available right now\"); it is not published");
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("16/06/2025")]
    [InlineData("2025-6-1")]
    public void A_date_that_is_not_a_real_yyyy_MM_dd_date_is_refused(string date)
    {
        var file = Versions.History("2025-09-19.md");
        ShouldBeRefusedWith(Add(file, date), file, 1, $"the date '{date}' is not a real date written yyyy-MM-dd (for example 2025-06-16)");
    }

    [Fact]
    public void A_date_that_already_has_a_version_is_refused()
    {
        var file = Versions.History("2025-09-19.md");
        ShouldBeRefusedWith(Add(file, "2024-11-14"), file, 1, "privacy-policy already has a version dated 2024-11-14 (policies/privacy-policy/2024-11-14.txt); a date has one version");
    }

    [Fact]
    public void An_unknown_policy_is_refused_with_the_known_ones()
    {
        ShouldBeRefusedWith(Add(Versions.History("2025-09-19.md"), "2025-09-19", policy: "cookie-policy"),
            "policies/cookie-policy", 1, "unknown policy 'cookie-policy'; the policies are: law-enforcement-guidelines, platform-policy, privacy-policy, terms-of-use");
    }

    [Fact]
    public void A_file_that_is_not_text_is_refused_with_its_line()
    {
        var file = _folder.Bytes("new/image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 3, "binary file: it contains NUL bytes; expected UTF-8 text");
    }

    [Fact]
    public void A_file_of_another_kind_is_refused()
    {
        var file = _folder.File("new/policy.html", "<h1>Privacy</h1>");
        ShouldBeRefusedWith(Add(file, "2025-07-01"), file, 1, "a version is a Markdown (.md) or plain-text (.txt) file");
    }

    [Fact]
    public void A_new_policy_folder_takes_its_first_version()
    {
        _folder.File("input/policies/instagram-privacy/policy.yml", "title: Privacy Policy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\ndated_by: retrieved\n");
        var result = Add(Versions.History("2022-09-22.md"), "2022-09-22", policy: "instagram-privacy");
        result.PlacedPath.ShouldBe("policies/instagram-privacy/2022-09-22.md");
        result.Comparisons.ShouldBeEmpty();
        Add(Versions.History("2024-08-16.md"), "2024-08-16", policy: "instagram-privacy").Comparisons.ShouldHaveSingleItem().Older.DateSlug.ShouldBe("2022-09-22");
    }

    [Fact]
    public void A_policy_that_does_not_load_is_named_with_the_problems_to_fix_first()
    {
        _folder.File("input/policies/broken/policy.yml", "title: Broken\naudiences: [users]\nlanguage: en\n");
        _folder.File("input/policies/broken/2024-01-01.md", "# Broken\n\nSome text of the first version.\n");
        var result = Add(Versions.History("2025-09-19.md"), "2025-09-19", policy: "broken");
        result.Added.ShouldBeFalse();
        result.Errors.Select(Of).ShouldBe([
            ("policies/broken", 1, "the policy 'broken' does not load; fix these first:"),
            ("policies/broken/policy.yml", 1, "missing required 'kind'"),
        ]);
    }

    [Fact]
    public void A_version_the_build_would_not_accept_is_taken_out_again_with_the_reasons()
    {
        _folder.File("input/policies/instagram-privacy/policy.yml", "title: Privacy Policy\naudiences: [users]\nlanguage: en\n");
        var result = Add(Versions.History("2022-09-22.md"), "2022-09-22", policy: "instagram-privacy");
        result.Errors.Select(Of).ShouldBe([
            ("policies/instagram-privacy", 1, "with policies/instagram-privacy/2022-09-22.md added, the policy 'instagram-privacy' does not load:"),
            ("policies/instagram-privacy/policy.yml", 1, "missing required 'kind'"),
        ]);
        Directory.GetFiles(Policies("instagram-privacy")).Select(Path.GetFileName).ShouldBe(["policy.yml"]);
    }
}
