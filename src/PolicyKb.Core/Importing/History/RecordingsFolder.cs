using System.Text.RegularExpressions;
using PolicyKb.Diagnostics;
using PolicyKb.Reading;

namespace PolicyKb.Importing.History;

/// <summary>
/// Reads <c>policies/&lt;id&gt;/recordings/</c>, a recorder's files in Open Terms Archive's dataset layout: each named
/// by when it was recorded (<c>2025-06-25T17-17-32Z.md</c>, UTC), and an optional <c>recordings.tsv</c> (file,
/// recorded_at, kind, snapshot) that gives each file's kind. A file named otherwise, or a line of the table that names
/// no file, is an error: nothing in a recordings folder is silently left out.
/// </summary>
public static partial class RecordingsFolder
{
    public const string Name = "recordings";

    public const string TableFile = "recordings.tsv";

    public static List<HistoryFile> Read(string root, string policyDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(policyDirectory, Name);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var kinds = ReadKinds(root, Path.Combine(folder, TableFile), diagnostics);
        var files = new List<HistoryFile>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var relative = InputLayout.Relative(root, file);
            if (name == TableFile)
            {
                continue;
            }

            if (RecordedAt(name) is not { } at)
            {
                diagnostics.Error(relative, 1, $"a recording is named by the time it was recorded, as yyyy-MM-ddTHH-mm-ssZ.md (UTC), not '{name}'");
                continue;
            }

            kinds.Remove(name, out var kind);
            files.Add(new HistoryFile(relative, file, at, kind, IsDated: false));
        }

        foreach (var missing in kinds.Keys.Order(StringComparer.Ordinal))
        {
            diagnostics.Error(InputLayout.Relative(root, Path.Combine(folder, TableFile)), 1, $"names the recording '{missing}', which is not in the folder");
        }

        return files;
    }

    /// <summary>The time a recording is named by, or null when the name is not one.</summary>
    public static DateTimeOffset? RecordedAt(string fileName) =>
        TimestampName().IsMatch(fileName)
        && DateTimeOffset.TryParseExact(fileName[..20], "yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;

    private static Dictionary<string, string?> ReadKinds(string root, string table, DiagnosticBag diagnostics)
    {
        var kinds = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!File.Exists(table))
        {
            return kinds;
        }

        var source = InputFileReader.Read(table, InputLayout.Relative(root, table), diagnostics, maxBytes: 16L * 1024 * 1024);
        var lines = source?.Lines() ?? [];
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].TrimEnd('\r').Split('\t');
            if (cells.Length == 1 && cells[0].Length == 0)
            {
                continue;
            }

            if (cells.Length < 3 || cells[0].Length == 0)
            {
                diagnostics.Error(source!.Path, i + 1, "expected file, recorded_at, kind and snapshot separated by tabs");
                continue;
            }

            kinds[cells[0]] = cells[2].Length == 0 ? null : cells[2];
        }

        return kinds;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.md$")]
    private static partial Regex TimestampName();
}
