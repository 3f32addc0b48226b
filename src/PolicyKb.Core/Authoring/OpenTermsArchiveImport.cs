using System.Text;
using System.Text.RegularExpressions;
using PolicyKb.Diagnostics;
using PolicyKb.Importing.History;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Authoring;

/// <summary>
/// Turns an Open Terms Archive recordings folder (<c>&lt;Service&gt;/&lt;Terms type&gt;.md</c>) into a standard input
/// folder: one policy per recording with its <c>policy.yml</c>, the recording copied byte for byte as the version of
/// the day it was retrieved, optional earlier versions of one policy, the memos byte for byte, and a <c>site.yml</c>
/// and <c>audiences.yml</c> that send developer terms to developers, law-enforcement guidelines to law enforcement
/// and everything else to users. The folder is written beside the target and moved into place at the end, so a
/// failed import leaves nothing behind.
/// </summary>
public static partial class OpenTermsArchiveImport
{
    public static OpenTermsArchiveImportResult Write(OpenTermsArchiveImportOptions options)
    {
        var report = Check(options);
        if (report.HasErrors)
        {
            return Nothing(report);
        }

        var recordings = Recordings(options.RecordingsDirectory);
        var history = options.HistoryDirectory is null ? [] : HistoryVersions(options.HistoryDirectory, options.RetrievedOn, report);
        var memos = options.MemosDirectory is null ? [] : Directory.GetFiles(options.MemosDirectory, "*.md").Order(StringComparer.Ordinal).ToList();
        var policies = new List<PlannedPolicy>();
        for (var copy = 1; copy <= options.Copies; copy++)
        {
            foreach (var (service, termsType, file) in recordings)
            {
                var copyService = copy == 1 ? service : $"{service} (copy {copy})";
                var isHistoryPolicy = Same(service, options.HistoryService) && Same(termsType, options.HistoryTermsType);
                policies.Add(new PlannedPolicy(
                    Slug.From($"{copyService} {termsType}", ""), copyService, termsType, file, isHistoryPolicy ? history : [], []));
            }
        }

        AddRecordedHistories(options, policies, report);
        foreach (var clash in policies.GroupBy(p => p.Id).Where(g => g.Key.Length == 0 || g.Count() > 1))
        {
            if (clash.Key.Length == 0)
            {
                foreach (var source in clash.Select(p => p.Origin).Distinct(StringComparer.Ordinal))
                {
                    report.Error(source, 1, "the service and terms type give no usable policy id");
                }
            }
            else
            {
                report.Error(options.RecordingsDirectory, 1, $"{string.Join(" and ", clash.Select(p => p.Origin))} give the same policy id '{clash.Key}'; rename one");
            }
        }

        if (history.Length > 0 && !policies.Any(p => !p.History.IsEmpty))
        {
            report.Error(options.HistoryDirectory!, 1, $"there is no recording of {options.HistoryService}/{options.HistoryTermsType}.md to add these versions to");
        }

        if (report.HasErrors)
        {
            return Nothing(report);
        }

        var target = Path.GetFullPath(options.TargetDirectory);
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.importing-{Guid.NewGuid():N}");
        try
        {
            var bytes = 0L;
            var versions = 0;
            var recorded = 0;
            foreach (var policy in policies)
            {
                var folder = Path.Combine(staging, InputLayout.PoliciesFolder, policy.Id);
                Directory.CreateDirectory(folder);
                var text = File.ReadAllBytes(policy.Source ?? policy.Recordings[^1]);
                File.WriteAllText(Path.Combine(folder, InputLayout.PolicyFile), PolicyYaml(policy, LanguageGuess.Of(text)));
                if (policy.Source is not null && !SameBytes(policy.Source, policy.Recordings.LastOrDefault()))
                {
                    bytes += Copy(policy.Source, Path.Combine(folder, $"{options.RetrievedOn:yyyy-MM-dd}.md"));
                    versions++;
                }

                if (policy.Recordings.Length > 0)
                {
                    var recordingsFolder = Path.Combine(folder, RecordingsFolder.Name);
                    Directory.CreateDirectory(recordingsFolder);
                    foreach (var recording in policy.Recordings.Append(Path.Combine(Path.GetDirectoryName(policy.Recordings[0])!, RecordingsFolder.TableFile)).Where(File.Exists))
                    {
                        bytes += Copy(recording, Path.Combine(recordingsFolder, Path.GetFileName(recording)));
                    }

                    recorded += policy.Recordings.Length;
                }
                foreach (var (date, file) in policy.History)
                {
                    bytes += Copy(file, Path.Combine(folder, $"{date:yyyy-MM-dd}.md"));
                }

                versions += policy.History.Length;
            }

            var memoFolder = Path.Combine(staging, InputLayout.MemosFolder);
            if (memos.Count > 0)
            {
                Directory.CreateDirectory(memoFolder);
            }

            for (var copy = 1; copy <= options.Copies; copy++)
            {
                foreach (var memo in memos)
                {
                    // The copy number goes first: memo ids are cut at 80 characters, which would cut a suffix off.
                    var name = copy == 1 ? Path.GetFileName(memo) : $"copy-{copy}-{Path.GetFileName(memo)}";
                    bytes += Copy(memo, Path.Combine(memoFolder, name));
                }
            }

            File.WriteAllText(Path.Combine(staging, InputLayout.SiteFile), SiteYaml(options.Copies));
            File.WriteAllText(Path.Combine(staging, InputLayout.AudiencesFile), AudiencesYaml(policies));
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            return new OpenTermsArchiveImportResult(policies.Count, versions, memos.Count * options.Copies, bytes, []) { Recordings = recorded };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            report.Error(target, 1, $"cannot write the input folder: {e.Message}");
            return Nothing(report);
        }
    }

    /// <summary>The audience a terms type is written for.</summary>
    public static string AudienceOf(string termsType)
    {
        var normalized = Normalize(termsType);
        return normalized.Contains("developer", StringComparison.Ordinal) ? "developers"
            : normalized.Contains("lawenforcement", StringComparison.Ordinal) ? "law-enforcement"
            : "users";
    }

    private static OpenTermsArchiveImportResult Nothing(DiagnosticBag report) => new(0, 0, 0, 0, [.. report.All]);

    private static DiagnosticBag Check(OpenTermsArchiveImportOptions options)
    {
        var report = new DiagnosticBag();
        if (!Directory.Exists(options.RecordingsDirectory))
        {
            report.Error(options.RecordingsDirectory, 1, "no such folder");
        }
        else if (Recordings(options.RecordingsDirectory).Count == 0)
        {
            report.Error(options.RecordingsDirectory, 1, "no recordings; expected <Service>/<Terms type>.md");
        }

        foreach (var folder in new[] { options.MemosDirectory, options.HistoryDirectory, options.RecordedHistoriesDirectory }.OfType<string>().Where(f => !Directory.Exists(f)))
        {
            report.Error(folder, 1, "no such folder");
        }

        if (options.Copies is < 1 or > 1000)
        {
            // The copies are written into the target, so that is where the count is wrong.
            report.Error(options.TargetDirectory, 1, $"the number of copies must be between 1 and 1,000, not {options.Copies}");
        }

        if (File.Exists(options.TargetDirectory) || Directory.Exists(options.TargetDirectory) && Directory.EnumerateFileSystemEntries(options.TargetDirectory).Any())
        {
            report.Error(options.TargetDirectory, 1, "exists and is not empty; choose a new folder (nothing is overwritten)");
        }

        return report;
    }

    private static List<(string Service, string TermsType, string File)> Recordings(string directory) =>
        [.. Directory.GetDirectories(directory).Order(StringComparer.Ordinal)
            .SelectMany(service => Directory.GetFiles(service, "*.md").Order(StringComparer.Ordinal)
                .Select(file => (Path.GetFileName(service), Path.GetFileNameWithoutExtension(file), file)))];

    private static ImmutableArray<(DateOnly Date, string File)> HistoryVersions(string directory, DateOnly retrievedOn, DiagnosticBag report)
    {
        var versions = new List<(DateOnly, string)>();
        foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!DateName().IsMatch(name) || !DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                report.Error(file, 1, "earlier versions are named by their date, like 2024-08-16.md");
                continue;
            }

            if (date >= retrievedOn)
            {
                report.Error(file, 1, $"an earlier version must be dated before the recordings ({retrievedOn:yyyy-MM-dd})");
                continue;
            }

            versions.Add((date, file));
        }

        return [.. versions];
    }

    private static long Copy(string source, string destination)
    {
        File.Copy(source, destination);
        return new FileInfo(destination).Length;
    }

    private static string PolicyYaml(PlannedPolicy policy, string language)
    {
        var yaml = new StringBuilder()
            .Append("# Imported from an Open Terms Archive recording: ").Append(policy.Service).Append('/').Append(policy.TermsType).Append(".md\n")
            .Append("title: ").Append(Quote($"{policy.Service} {policy.TermsType}")).Append('\n')
            .Append("kind: ").Append(Quote(policy.TermsType)).Append('\n')
            .Append("service: ").Append(Quote(policy.Service)).Append('\n')
            .Append("audiences: [").Append(AudienceOf(policy.TermsType)).Append("]\n")
            .Append("language: ").Append(language).Append('\n')
            .Append("# Recordings state no effective date: each version is dated by the day it was recorded.\n")
            .Append("dated_by: retrieved\n");
        return yaml.ToString();
    }

    private static string SiteYaml(int copies) =>
        "# Written by import-ota from an Open Terms Archive corpus.\n" +
        "title: " + Quote(copies == 1 ? "Terms Archive Library" : $"Terms Archive Library ({copies} copies)") + "\n" +
        "description: >-\n  Terms of service, privacy policies and other terms recorded by Open Terms Archive, with the change memos\n" +
        "  written about them.\n" +
        "base_url: https://terms-archive-library.example.org/\n" +
        "language: en\n" +
        "publisher: Open Terms Archive and its contributors (ODC-BY 1.0)\n";

    /// <summary>
    /// Users read everything meant for users and every memo; developers and law enforcement read what is written for
    /// them and, from each privacy policy, the sections about them.
    /// </summary>
    private static string AudiencesYaml(List<PlannedPolicy> policies)
    {
        var privacyPolicies = policies.Where(p => Same(p.TermsType, "Privacy Policy")).Select(p => p.Id).ToList();
        var yaml = new StringBuilder()
            .Append("# Written by import-ota: terms types are sent to the audience they are written for.\n")
            .Append("- id: users\n  name: People who use these services\n  short_name: Users\n  path: users\n")
            .Append("  intro: What you agree to when you use these services and what they do with your information.\n")
            .Append("  memos: true\n")
            .Append("- id: developers\n  name: Developers\n  short_name: Developers\n  path: developers\n")
            .Append("  intro: The terms for building on these services' APIs, and what their privacy policies say about partners and third parties.\n");
        AppendRules(yaml, privacyPolicies, "[developer, third part, partner]");
        yaml.Append("- id: law-enforcement\n  name: Law enforcement\n  short_name: Law enforcement\n  path: law-enforcement\n")
            .Append("  intro: How these services answer requests from law enforcement, and what their privacy policies say about legal requests.\n");
        AppendRules(yaml, privacyPolicies, "[law enforcement, legal request, legal process]");
        return yaml.ToString();

        static void AppendRules(StringBuilder yaml, List<string> documents, string headings)
        {
            if (documents.Count == 0)
            {
                return;
            }

            yaml.Append("  sections:\n");
            foreach (var document in documents)
            {
                yaml.Append("    - document: ").Append(document).Append("\n      headings: ").Append(headings).Append('\n');
            }
        }
    }

    /// <summary>A YAML double-quoted scalar: names from the file system may hold any character.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static bool Same(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string value) => new([.. value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}\.md$")]
    private static partial Regex DateName();

    /// <summary>
    /// Joins each recorded history (<c>R/&lt;Service&gt;/&lt;Terms type&gt;/</c>) to the corpus's policy of the same
    /// service and terms type, or makes it a policy of its own. The corpus's file of that policy is then not written
    /// as a dated version when it is byte for byte the newest recording (Open Terms Archive's corpus is its newest
    /// recording); otherwise it stays a dated version, judged with the recordings.
    /// </summary>
    private static void AddRecordedHistories(OpenTermsArchiveImportOptions options, List<PlannedPolicy> policies, DiagnosticBag report)
    {
        if (options.RecordedHistoriesDirectory is not { } root || !Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal).SelectMany(s => Directory.GetDirectories(s).Order(StringComparer.Ordinal)))
        {
            var service = Path.GetFileName(Path.GetDirectoryName(folder)!);
            var termsType = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).Equals(RecordingsFolder.TableFile, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToImmutableArray();
            foreach (var wrong in files.Where(f => RecordingsFolder.RecordedAt(Path.GetFileName(f)) is null))
            {
                report.Error(wrong, 1, "a recording is named by the time it was recorded, as yyyy-MM-ddTHH-mm-ssZ.md (UTC)");
            }

            if (files.IsEmpty)
            {
                report.Error(folder, 1, "no recordings; expected <yyyy-MM-ddTHH-mm-ssZ>.md files");
                continue;
            }

            var index = policies.FindIndex(p => Same(p.Service, service) && Same(p.TermsType, termsType));
            if (index >= 0)
            {
                policies[index] = policies[index] with { Recordings = files };
            }
            else
            {
                policies.Add(new PlannedPolicy(Slug.From($"{service} {termsType}", ""), service, termsType, null, [], files));
            }
        }
    }

    private static bool SameBytes(string a, string? b) =>
        b is not null && new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    private sealed record PlannedPolicy(
        string Id, string Service, string TermsType, string? Source, ImmutableArray<(DateOnly Date, string File)> History, ImmutableArray<string> Recordings)
    {
        /// <summary>Where the policy comes from, for messages.</summary>
        public string Origin => Source ?? Path.GetDirectoryName(Recordings[0])!;
    }
}
