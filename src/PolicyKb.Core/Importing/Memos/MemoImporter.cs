using PolicyKb.Diagnostics;
using PolicyKb.Importing.Markdown;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing.Memos;

/// <summary>
/// Imports a change memo: YAML front matter (title, service, terms_types, dates, author, related_collections) and a
/// Markdown body. Tolerant of the ways real memos vary: <c>service</c> as a list or "A, B", <c>author</c> as a list,
/// dates in any order (they are sorted), extra keys (<c>aliases</c>, <c>featured</c>) that other sites' memos carry are ignored.
/// </summary>
public sealed class MemoImporter
{
    private readonly MarkdownImporter _body = new() { InferHeadings = false };

    /// <summary>Imports a memo. <paramref name="id"/> is its slug (the file name without extension).</summary>
    public Memo? Import(string id, SourceText source, DiagnosticBag diagnostics)
    {
        var (yaml, body) = FrontMatter.Split(source);
        if (yaml is null)
        {
            diagnostics.Error(source.Path, 1, "a memo starts with YAML front matter between '---' lines (title, service, terms_types, dates)");
            return null;
        }

        var front = YamlFile.LoadMap(yaml, diagnostics);
        if (front is null)
        {
            return null;
        }

        var title = front.String("title", required: true);
        var dates = new List<DateOnly>();
        foreach (var (value, location) in front.StringList("dates", required: true))
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                diagnostics.Error(location, $"'{value}' is not a date; write dates as yyyy-MM-dd");
            }
        }

        var content = _body.Import(body, ImportOptions.Default, diagnostics).Content;
        if (title is null || dates.Count == 0 || diagnostics.HasErrorsIn(source.Path))
        {
            return null;
        }

        return new Memo(
            id,
            TextCleaner.ForIdentifiers(title),
            front.String("html_description") ?? front.String("description"),
            Values(front, "service"),
            Values(front, "terms_types"),
            [.. dates.Distinct().Order()],
            Values(front, "author"),
            Values(front, "related_collections"),
            Values(front, "policies"),
            source.Path,
            content);
    }

    private static ImmutableArray<string> Values(YamlMap map, string key) =>
        [.. map.StringList(key).Select(v => v.Value).Distinct(StringComparer.OrdinalIgnoreCase)];
}
