using Lucene.Net.Analysis.TokenAttributes;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;

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
        var sections = SearchSite.SectionsOf(site);
        using var analyzer = new PolicyAnalyzer();
        using var shared = new AnalyzedValue.Shared();
        var differences = new List<string>();
        var compared = 0;
        foreach (var section in sections)
        {
            // Every value the index writer analyzes, in its order (the cache of recent texts sees them as it does).
            foreach (var (field, text) in SearchIndexWriter.AnalyzedFields(section))
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
