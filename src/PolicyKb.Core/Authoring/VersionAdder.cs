using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Authoring;

/// <summary>
/// Adds a version of a policy to an input folder, as <c>policies/&lt;id&gt;/&lt;yyyy-MM-dd&gt;.md|txt</c>, byte for byte,
/// after checking everything the build would check and more. Refused: an unknown policy; a date that is not a
/// real yyyy-MM-dd date or that already has a version; a file that is not UTF-8 text, is empty or does not import;
/// a stub or an error page (<see cref="VersionSanity"/>), a blow-up, a partial page or another document, as the build
/// judges recordings; a file with the wording of a version the policy has; a file identical to the version before or after it, or
/// differing from it only in white space. An earlier date than the current version's is allowed when it is free:
/// filling in history is real work, and the build orders versions by date. A policy folder with its
/// <c>policy.yml</c> and no version yet takes its first version. Last, the input folder is read again with the file
/// in place; if the build would not accept it, the file is taken out again and the reasons are given.
/// </summary>
public static class VersionAdder
{
    public static AddVersionResult Add(string inputRoot, string policyId, string file, string date)
    {
        var report = new DiagnosticBag();
        AddVersionResult Refused() => new(null, [.. report.All], []);

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var versionDate))
        {
            report.Error(file, 1, $"the date '{date}' is not a real date written yyyy-MM-dd (for example 2025-06-16)");
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        var format = InputLayout.MarkdownExtensions.Contains(extension) ? SourceFormat.Markdown
            : InputLayout.TextExtensions.Contains(extension) ? (SourceFormat?)SourceFormat.PlainText : null;
        if (!File.Exists(file))
        {
            report.Error(file, 1, "no such file");
        }
        else if (format is null)
        {
            report.Error(file, 1, "a version is a Markdown (.md) or plain-text (.txt) file");
        }

        if (!Directory.Exists(inputRoot))
        {
            report.Error(inputRoot, 1, "the input folder does not exist (run from the folder that holds input/, or give --input)");
            return Refused();
        }

        // The input's own problems are reported only where they stop this policy from loading.
        var inputDiagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(inputRoot, inputDiagnostics);
        var folder = Path.Combine(inputRoot, InputLayout.PoliciesFolder, policyId);
        var policyFolder = $"{InputLayout.PoliciesFolder}/{policyId}";
        var policy = knowledgeBase.FindPolicy(policyId);
        var isKnownFolder = Slug.From(policyId, "") == policyId && File.Exists(Path.Combine(folder, InputLayout.PolicyFile));

        // A policy folder with its policy.yml and no version yet is waiting for its first version.
        var isWaitingForFirstVersion = policy is null && isKnownFolder && !Directory.GetFiles(folder).Any(IsVersionFile);
        if (policy is null && !isWaitingForFirstVersion)
        {
            var known = knowledgeBase.Policies.Select(p => p.Id).ToList();
            var inFolder = ErrorsIn(inputDiagnostics, policyId);
            if (isKnownFolder && inFolder.Count > 0)
            {
                report.Error(policyFolder, 1, $"the policy '{policyId}' does not load; fix these first:");
                inFolder.ForEach(report.Add);
            }
            else
            {
                report.Error(policyFolder, 1, $"unknown policy '{policyId}'; the policies are: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
            }
        }

        if (report.HasErrors || format is null || (policy is null && !isWaitingForFirstVersion))
        {
            return Refused();
        }

        var versions = policy?.Versions ?? [];
        if (versions.FirstOrDefault(v => v.Date == versionDate) is { } taken)
        {
            report.Error(file, 1, $"{policyId} already has a version dated {date} ({taken.SourcePath}); a date has one version");
            return Refused();
        }

        var placed = $"{InputLayout.PoliciesFolder}/{policyId}/{date}{(format == SourceFormat.Markdown ? ".md" : ".txt")}";
        var destination = Path.Combine(inputRoot, placed.Replace('/', Path.DirectorySeparatorChar));
        var source = InputFileReader.Read(file, file, report);
        PolicyVersion? candidate = null;
        if (source is not null)
        {
            var imported = InputFolder.DefaultImporters[format.Value].Import(source, PolicyReader.OptionsBeside(destination, report), report);
            candidate = new PolicyVersion(policyId, versionDate, placed, format.Value, imported.Title, null, imported.StatedDate, imported.Content);
            var previous = versions.LastOrDefault(v => v.Date < versionDate);
            if (VersionSanity.Check(source, candidate, previous, report))
            {
                JudgeAsTheBuildWould(file, source.Content, inputRoot, policy, previous, report);
            }

            if (policy?.Metadata.DatedBy == DateBasis.Effective && imported.StatedDate is { } stated && stated != versionDate)
            {
                report.Warning(file, 1, $"the text states the date {stated:yyyy-MM-dd}, --date says {date}");
            }
        }

        if (report.HasErrors || candidate is null)
        {
            return Refused();
        }

        var comparisons = new List<VersionComparison>();
        if (versions.LastOrDefault(v => v.Date < versionDate) is { } before)
        {
            var comparison = VersionComparer.Compare(before, candidate);
            CheckNotTheSame(file, inputRoot, before, comparison, report);
            WarnOfLostSections(file, before, candidate, report);
            comparisons.Add(comparison);
        }

        if (versions.FirstOrDefault(v => v.Date > versionDate) is { } after)
        {
            var comparison = VersionComparer.Compare(candidate, after);
            CheckNotTheSame(file, inputRoot, after, comparison, report);
            var (words, next) = (VersionSanity.WordsOf(candidate.Content), VersionSanity.WordsOf(after.Content));
            if (words >= VersionSanity.MinimumWordsToJudgeShrinking && next < words * VersionSanity.MinimumShareOfPrevious)
            {
                report.Error(file, 1, $"the version after it, {after.SourcePath}, has {next:N0} words, less than a quarter of this one's {words:N0}; the build would refuse it as a stub");
            }

            comparisons.Add(comparison);
        }

        if (!report.HasErrors)
        {
            CheckNewWording(file, inputRoot, policy, report);
        }

        if (report.HasErrors)
        {
            return Refused();
        }

        try
        {
            // Byte for byte: the input keeps what was recorded, never a re-encoded copy.
            File.Copy(file, destination, overwrite: false);
        }
        catch (IOException e)
        {
            report.Error(file, 1, $"cannot write {placed}: {e.Message}");
            return Refused();
        }

        // The build must accept the folder with the new file in it; if it does not, the file goes again.
        var check = new DiagnosticBag();
        if (InputFolder.Load(inputRoot, check).FindPolicy(policyId) is null)
        {
            File.Delete(destination);
            report.Error(policyFolder, 1, $"with {placed} added, the policy '{policyId}' does not load:");
            ErrorsIn(check, policyId).ForEach(report.Add);
            return Refused();
        }

        return new AddVersionResult(placed, [.. report.All], [.. comparisons]);
    }

    private static List<Diagnostic> ErrorsIn(DiagnosticBag diagnostics, string policyId) =>
        [.. diagnostics.Errors.Where(d => d.Location.Path.StartsWith($"{InputLayout.PoliciesFolder}/{policyId}/", StringComparison.Ordinal))];

    /// <summary>
    /// Warns when most sections of the version before lose their ids (and so their links from other pages, the
    /// glossary and readers' bookmarks): usually not a rewrite, but a change in how the file marks its headings.
    /// </summary>
    private static void WarnOfLostSections(string file, PolicyVersion before, PolicyVersion candidate, DiagnosticBag report)
    {
        var ids = candidate.Content.AllSections().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sections = before.Content.AllSections().ToList();
        var kept = sections.Count(s => ids.Contains(s.Id));
        if (sections.Count >= 3 && kept * 2 < sections.Count)
        {
            report.Warning(file, 1, $"only {kept} of the {sections.Count} sections of {before.SourcePath} keep their place in this version, so links to the others break; "
                + "if the text was not restructured, check its headings with `policykb inspect`: a file with any Markdown heading (#) has only those as sections, not the titles written as plain lines");
        }
    }

    /// <summary>
    /// The rules the build applies to every recording (<see cref="RecordingJudge"/>): not a blow-up, a partial page or
    /// another document, judged against the version before it.
    /// </summary>
    private static void JudgeAsTheBuildWould(string file, string text, string inputRoot, Policy? policy, PolicyVersion? previous, DiagnosticBag report)
    {
        string Raw(PolicyVersion v) => File.ReadAllText(Path.Combine(inputRoot, v.SourcePath.Replace('/', Path.DirectorySeparatorChar)));
        var baseline = previous is null ? null : new JudgedText(previous.SourcePath, Raw(previous));
        if (RecordingJudge.Judge(new JudgedText(file, text), baseline, policy?.Metadata.Title) is { } rejection)
        {
            report.Error(file, 1, $"refused, {RejectionReasons.Describe(rejection.Reason)}: {rejection.Detail}");
        }
    }

    /// <summary>A file with the wording of a version the policy has, whatever its layout or link targets, would only be a re-recording of it.</summary>
    private static void CheckNewWording(string file, string inputRoot, Policy? policy, DiagnosticBag report)
    {
        var wording = Wording.Of(File.ReadAllText(file));
        if (policy?.Versions.FirstOrDefault(v => Wording.Of(File.ReadAllText(Path.Combine(inputRoot, v.SourcePath.Replace('/', Path.DirectorySeparatorChar)))) == wording) is { } same)
        {
            report.Error(file, 1, $"has the same wording as {same.SourcePath} (only layout, white space or link targets differ); it would be a re-recording of that version, not a new one");
        }
    }

    private static bool IsVersionFile(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return InputLayout.MarkdownExtensions.Contains(extension) || InputLayout.TextExtensions.Contains(extension);
    }

    private static void CheckNotTheSame(string file, string inputRoot, PolicyVersion neighbour, VersionComparison comparison, DiagnosticBag report)
    {
        var neighbourPath = Path.Combine(inputRoot, neighbour.SourcePath.Replace('/', Path.DirectorySeparatorChar));
        if (File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(neighbourPath)))
        {
            report.Error(file, 1, $"identical to {neighbour.SourcePath}; there is nothing new to add");
        }
        else if (comparison.IsWhitespaceOnly)
        {
            report.Error(file, 1, $"differs from {neighbour.SourcePath} only in white space or layout; there is nothing new to add");
        }
    }
}
