using Lucene.Net.Analysis.TokenAttributes;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;
using PolicyKb.Search.Tests.Corpus;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests.Analysis;

/// <summary>
/// The indexer tokenizes each text once for all its fields (<see cref="AnalyzedValue.Shared"/>): that gives every field
/// exactly the tokens, positions, offsets and end that <see cref="PolicyAnalyzer"/> gives it, on real text.
/// </summary>
public sealed class SharedAnalysisTests
{
    public static TheoryData<string> Sites() => ["seed", "ota"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_field_of_every_section_gets_the_analyzers_tokens(string site)
    {
        using var input = new TempFolder();
        var folder = TestPaths.Input;
        if (site == "ota")
        {
            OtaInputFolder.Create(Path.Combine(TestPaths.Corpus, "ota"), input.Path);
            folder = input.Path;
        }

        var sections = SectionCatalog.Of(SearchSite.Load(folder)).ToList();
        using var analyzer = new PolicyAnalyzer();
        using var shared = new AnalyzedValue.Shared();
        var differences = new List<string>();
        var compared = 0;
        foreach (var section in sections)
        {
            var values = new List<(string Field, string Text)> { (SearchFields.Title, section.Title), (SearchFields.Words, section.Title) };
            if (section.Heading.Length > 0)
            {
                values.AddRange([(SearchFields.Heading, section.Heading), (SearchFields.Pairs, section.Heading), (SearchFields.Words, section.Heading)]);
            }

            values.AddRange([(SearchFields.Text, section.Text), (SearchFields.Pairs, section.Text), (SearchFields.Words, section.Text)]);
            values.AddRange(section.TermNames.Select(n => (SearchFields.Terms, n)));
            foreach (var (field, text) in values)
            {
                var expected = Tokens(AnalyzedValue.Of(analyzer, field, text));
                var actual = Tokens(shared.Of(field, text));
                compared++;
                if (!expected.SequenceEqual(actual) && differences.Count < 10)
                {
                    var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                    differences.Add($"{section.Id} {field}: first difference at token {at}: analyzer {string.Join(" ", expected.Skip(at).Take(3))} / shared {string.Join(" ", actual.Skip(at).Take(3))}");
                }
            }
        }

        compared.ShouldBeGreaterThan(100);
        differences.ShouldBeEmpty($"{compared} values:\n{string.Join("\n", differences)}");
    }

    private static List<string> Tokens(AnalyzedValue value)
    {
        var replay = new AnalyzedValue.Replay();
        var term = replay.AddAttribute<ICharTermAttribute>();
        var increment = replay.AddAttribute<IPositionIncrementAttribute>();
        var offset = replay.AddAttribute<IOffsetAttribute>();
        replay.Of(value);
        replay.Reset();
        var tokens = new List<string>();
        while (replay.IncrementToken())
        {
            tokens.Add($"{term}+{increment.PositionIncrement}[{offset.StartOffset},{offset.EndOffset}]");
        }

        replay.End();
        tokens.Add($"end {value.Field} +{increment.PositionIncrement} @{offset.EndOffset}");
        return tokens;
    }
}
