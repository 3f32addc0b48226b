using System.Text;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Readable plain-text renderings of a comparison: a short summary (what <c>add-version</c> prints) and a full
/// report with every section's status and its changes marked wdiff-style, used for snapshots and for reviewing the
/// engine. In the report, <c>[-deleted-]{+inserted+}</c> is a change in wording, <c>[~deleted~]{~inserted~}</c> a
/// change in punctuation style, and <c>{?inserted?}</c> / <c>[?deleted?]</c> link text that a plain-text recording lost.
/// Unchanged text is cut to a few words around each change.
/// </summary>
public static class ChangeReport
{
    private const int ContextWords = 6;

    /// <summary>A few lines: the versions, section counts, words added and removed, terms that appeared or disappeared.</summary>
    public static string Summary(VersionComparison comparison)
    {
        var s = comparison.Summary;
        var builder = new StringBuilder();
        builder.Append(comparison.PolicyId).Append(' ').Append(comparison.Older.DateSlug).Append(" → ").Append(comparison.Newer.DateSlug).Append('\n');
        if (comparison.IsWhitespaceOnly)
        {
            builder.Append("  no change in wording: the versions differ only in white space\n");
            return builder.ToString();
        }

        builder.Append(CultureInfo.InvariantCulture, $"  sections: {s.Added} added, {s.Removed} removed, {s.Changed} changed in wording, {s.ChangedCosmetically} changed cosmetically, {s.Moved} moved, {s.Renamed} renamed, {s.Unchanged} unchanged\n");
        builder.Append(CultureInfo.InvariantCulture, $"  words: +{s.WordsAdded:N0} −{s.WordsRemoved:N0}\n");
        if (!s.TermsAppeared.IsEmpty)
        {
            builder.Append("  terms now used: ").Append(string.Join(", ", s.TermsAppeared)).Append('\n');
        }

        if (!s.TermsDisappeared.IsEmpty)
        {
            builder.Append("  terms no longer used: ").Append(string.Join(", ", s.TermsDisappeared)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The summary, then one entry per section with its status and its marked-up changes.</summary>
    public static string Full(VersionComparison comparison)
    {
        var builder = new StringBuilder(Summary(comparison));
        builder.Append("  from: ").Append(comparison.Older.SourcePath).Append(" (").Append(comparison.Older.Format).Append(")\n");
        builder.Append("  to:   ").Append(comparison.Newer.SourcePath).Append(" (").Append(comparison.Newer.Format).Append(")\n");
        if (comparison.Title.Change != TextChange.None)
        {
            builder.Append("\ntitle: ").Append(Describe(comparison.Title)).Append('\n');
            AppendDiff(builder, comparison.Title.Diff);
        }

        if (comparison.Preamble.Change != TextChange.None)
        {
            builder.Append("\npreamble: ").Append(Describe(comparison.Preamble)).Append('\n');
            AppendDiff(builder, comparison.Preamble.Diff);
        }

        foreach (var section in comparison.Sections)
        {
            builder.Append('\n').Append(new string('#', section.Level)).Append(' ').Append(section.HeadingText)
                .Append("  {#").Append(section.Id).Append("}\n");
            builder.Append("  ").Append(Status(section)).Append('\n');
            if (section.Renamed)
            {
                builder.Append("  heading: ");
                AppendRuns(builder, section.Heading.Diff, cut: false);
                builder.Append('\n');
            }

            if (section.Kind is SectionChangeKind.Added or SectionChangeKind.Removed)
            {
                var words = section.Kind == SectionChangeKind.Added ? section.Text.Diff.WordsAdded : section.Text.Diff.WordsRemoved;
                builder.Append(CultureInfo.InvariantCulture, $"  {words:N0} words\n");
            }
            else if (section.Text.Change != TextChange.None)
            {
                AppendDiff(builder, section.Text.Diff);
            }

            AppendTargets(builder, "removed", section.Text.LinkTargetsRemoved);
            AppendTargets(builder, "added", section.Text.LinkTargetsAdded);
        }

        return builder.ToString();
    }

    /// <summary>One line per target, with a count when a target is linked more than once.</summary>
    private static void AppendTargets(StringBuilder builder, string what, ImmutableArray<string> targets)
    {
        foreach (var group in targets.GroupBy(t => t, StringComparer.Ordinal))
        {
            builder.Append("  link target ").Append(what).Append(": ").Append(group.Key);
            builder.Append(group.Count() > 1 ? $" (×{group.Count()})\n" : "\n");
        }
    }

    private static string Status(SectionChange section)
    {
        var parts = new List<string> { section.Kind.ToString().ToLowerInvariant() };
        if (section.Match is { } match)
        {
            parts.Add("matched by " + match.Method.ToString().ToLowerInvariant());
            if (match.Method != MatchMethod.Id)
            {
                parts.Add("was {#" + match.Older.Id + "}");
            }
        }

        if (section.Kind != SectionChangeKind.Moved && section.Moved)
        {
            parts.Add("moved");
        }

        if (section.Kind is not (SectionChangeKind.Added or SectionChangeKind.Removed) && section.Kind != SectionChangeKind.Changed && section.Text.Change != TextChange.None)
        {
            parts.Add("text " + Describe(section.Text));
        }
        else if (section.Kind == SectionChangeKind.Changed)
        {
            parts.Add(Describe(section.Text));
        }

        return string.Join("; ", parts);
    }

    private static string Describe(TextComparison text)
    {
        var kinds = Enum.GetValues<TextChange>().Where(k => k != TextChange.None && text.Change.HasFlag(k)).Select(k => k switch
        {
            TextChange.Wording => $"wording (+{text.Diff.WordsAdded} −{text.Diff.WordsRemoved} words)",
            TextChange.PunctuationStyle => "punctuation style",
            TextChange.LinkTargets => "link targets",
            TextChange.LostLinkText => "lost link text",
            _ => "white space",
        });
        return string.Join(", ", kinds);
    }

    private static void AppendDiff(StringBuilder builder, WordDiff diff)
    {
        if (diff.Runs.All(r => r.Kind == DiffRunKind.Equal))
        {
            return;
        }

        builder.Append("  > ");
        AppendRuns(builder, diff, cut: true);
        builder.Append('\n');
    }

    private static void AppendRuns(StringBuilder builder, WordDiff diff, bool cut)
    {
        for (var i = 0; i < diff.Runs.Length; i++)
        {
            var run = diff.Runs[i];
            var text = Flatten(run.Text);
            if (run.Kind == DiffRunKind.Equal)
            {
                builder.Append(cut ? Cut(text, keepStart: i > 0, keepEnd: i < diff.Runs.Length - 1) : text);
                continue;
            }

            var (open, close) = (run.Kind, run.Nature) switch
            {
                (DiffRunKind.Deleted, ChangeNature.PunctuationStyle) => ("[~", "~]"),
                (DiffRunKind.Inserted, ChangeNature.PunctuationStyle) => ("{~", "~}"),
                (DiffRunKind.Deleted, ChangeNature.LostLinkText) => ("[?", "?]"),
                (DiffRunKind.Inserted, ChangeNature.LostLinkText) => ("{?", "?}"),
                (DiffRunKind.Deleted, _) => ("[-", "-]"),
                _ => ("{+", "+}"),
            };
            var leading = text.Length - text.TrimStart().Length;
            builder.Append(text[..leading]).Append(open).Append(text[leading..]).Append(close);
        }
    }

    /// <summary>Keeps a few words after the previous change and before the next one, and marks the cut with an ellipsis.</summary>
    private static string Cut(string text, bool keepStart, bool keepEnd)
    {
        var words = text.Split(' ');
        var limit = (keepStart ? ContextWords : 0) + (keepEnd ? ContextWords : 0);
        if (words.Length <= limit + 1)
        {
            return text;
        }

        var head = keepStart ? string.Join(' ', words.Take(ContextWords)) : "";
        var tail = keepEnd ? string.Join(' ', words.TakeLast(ContextWords)) : "";
        return (head.Length > 0 ? head + " " : "") + "…" + (tail.Length > 0 ? " " + tail : "");
    }

    private static string Flatten(string text) =>
        text.Replace("\n\n", " ¶ ", StringComparison.Ordinal).Replace('\n', ' ').Replace(DiffRun.MissingLink.ToString(), "⟨missing link⟩", StringComparison.Ordinal);
}
