using System.Text.Json.Nodes;
using PolicyKb.Model;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>
/// The queries on which the page's engine must rank exactly as Lucene does: the judged dev queries (with and without
/// their audience), and a set generated from the site's own text: single words, quoted phrases, prefixes of words
/// being typed, words with one typo, archived searches, and queries with stop words only or nothing.
/// </summary>
internal static class ParityQueries
{
    public static string DevQueriesFile => Path.Combine(TestPaths.Shared, "eval", "dev-queries.json");

    public static IReadOnlyList<(string Q, string Audience, IReadOnlyList<string> Relevant)> DevQueries() =>
        [.. JsonNode.Parse(File.ReadAllText(DevQueriesFile))!["queries"]!.AsArray().Select(q =>
            (q!["q"]!.GetValue<string>(), q["aud"]!.GetValue<string>(), (IReadOnlyList<string>)[.. q["rel"]!.AsArray().Select(r => r!.GetValue<string>())]))];

    public static IReadOnlyList<ParityCase> For(KnowledgeBase knowledgeBase, int perKind = 25)
    {
        var cases = new List<ParityCase>();
        foreach (var (q, audience, _) in DevQueries())
        {
            cases.Add(new ParityCase(q));
            cases.Add(new ParityCase(q, audience));
        }

        using var analyzer = new PolicyAnalyzer();
        var sections = SectionCatalog.Of(knowledgeBase).ToList();
        var audiences = knowledgeBase.Audiences.Select(a => a.Id).ToList();
        var words = sections.SelectMany(s => TextAnalysis.Tokens(analyzer, SearchFields.Words, s.Text))
            .Select(t => t.Term).Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var random = new Random(20251116);
        T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

        for (var i = 0; i < perKind; i++)
        {
            var word = Pick(words);
            cases.Add(new ParityCase(word + " "));
            cases.Add(new ParityCase(word[..Math.Max(2, word.Length * 2 / 3)]));
            cases.Add(new ParityCase(Typo(Pick(words.Where(w => w.Length >= 6).ToList()), random)));
            cases.Add(new ParityCase($"{Pick(words)} {Pick(words)}", Pick(audiences)));

            var section = Pick(sections);
            var tokens = section.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= 4)
            {
                var start = random.Next(tokens.Length - 3);
                cases.Add(new ParityCase($"\"{string.Join(' ', tokens[start..(start + 2 + random.Next(2))])}\""));
                cases.Add(new ParityCase($"{string.Join(' ', tokens[start..(start + 3)])} ", Archived: true));
            }
        }

        cases.Add(new ParityCase("the of and"));
        cases.Add(new ParityCase(""));
        cases.Add(new ParityCase("\"court order\" subpoena", "law-enforcement"));
        cases.Add(new ParityCase("delete my acc"));
        cases.Add(new ParityCase("subpeona"));
        return cases;
    }

    private static string Typo(string word, Random random)
    {
        var i = 2 + random.Next(word.Length - 3);
        return random.Next(3) switch
        {
            0 => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
            1 => word[..i] + word[(i + 1)..],
            _ => word[..i] + (char)('a' + random.Next(26)) + word[(i + 1)..],
        } + " ";
    }
}
