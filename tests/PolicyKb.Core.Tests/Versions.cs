using System.Globalization;
using PolicyKb.Importing;
using PolicyKb.Model;

namespace PolicyKb.Tests;

/// <summary>Versions to compare, from Markdown written in a test or from real files.</summary>
internal static class Versions
{
    public static PolicyVersion Markdown(string markdown, string date = "2025-01-01", string policy = "test")
    {
        var imported = Imports.Markdown(markdown);
        return new PolicyVersion(policy, DateOnly.Parse(date, CultureInfo.InvariantCulture), $"policies/{policy}/{date}.md", SourceFormat.Markdown, imported.Title, null, imported.StatedDate, imported.Content);
    }

    public static PolicyVersion File(string fullPath, string date, string policy = "test")
    {
        var imported = Imports.File(fullPath, Path.GetFileName(fullPath));
        var format = fullPath.EndsWith(".txt", StringComparison.Ordinal) ? SourceFormat.PlainText : SourceFormat.Markdown;
        return new PolicyVersion(policy, DateOnly.Parse(date, CultureInfo.InvariantCulture), $"policies/{policy}/{Path.GetFileName(fullPath)}", format, imported.Title, null, imported.StatedDate, imported.Content);
    }

    public static string History(string name) => Path.Combine(TestPaths.Corpus, "history", "instagram-privacy-policy", name);
}
