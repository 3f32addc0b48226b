using PolicyKb.Search.Analysis;
using PolicyKb.Search.Schema;
using PolicyKb.Search.Tests.Js;

namespace PolicyKb.Search.Tests.Analysis;

/// <summary>The page's analyzer (analyzer.js, porter.js) emits Lucene's tokens, positions and offsets, on real text.</summary>
public sealed class AnalyzerParityTests
{
    public static TheoryData<string> Sites() => ["seed", "ota"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_title_heading_and_section_text_analyzes_the_same(string site)
    {
        var sections = SearchSite.SectionsOf(site);
        var texts = sections.SelectMany(s => new[] { s.Title, s.Heading, s.Text }).Distinct(StringComparer.Ordinal).ToList();
        using var analyzer = new PolicyAnalyzer();
        var words = texts.SelectMany(t => TextAnalysis.Terms(analyzer, SearchFields.Words, t)).Distinct(StringComparer.Ordinal).ToList();

        var js = NodeScript.Run("analyze.mjs", new { texts, words });

        var tokens = js["tokens"]!.AsArray();
        var differences = new List<string>();
        for (var i = 0; i < texts.Count && differences.Count < 10; i++)
        {
            var expected = TextAnalysis.Tokens(analyzer, SearchFields.Text, texts[i]).Select(t => $"{t.Term}@{t.Position}[{t.StartOffset},{t.EndOffset}]").ToList();
            var array = tokens[i]!.AsArray();
            var actual = Enumerable.Range(0, array.Count / 4)
                .Select(k => $"{array[4 * k]!.GetValue<string>()}@{array[(4 * k) + 1]}[{array[(4 * k) + 2]},{array[(4 * k) + 3]}]").ToList();
            if (!expected.SequenceEqual(actual))
            {
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                differences.Add($"text {i}: first difference at token {at}: lucene {string.Join(" ", expected.Skip(at).Take(3))} / script {string.Join(" ", actual.Skip(at).Take(3))}");
            }
        }

        var stems = js["stems"]!.AsArray();
        for (var i = 0; i < words.Count && differences.Count < 20; i++)
        {
            var expected = TextAnalysis.Terms(analyzer, SearchFields.Text, words[i]).SingleOrDefault();
            var actual = stems[i]?.GetValue<string>();
            if (expected != actual)
            {
                differences.Add($"word '{words[i]}': lucene {expected} / script {actual}");
            }
        }

        differences.ShouldBeEmpty($"{texts.Count} texts, {words.Count} words:\n{string.Join("\n", differences)}");
    }
}
