using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKb.Search.Analysis;

/// <summary>Runs an analyzer over a text and collects the tokens it emits.</summary>
public static class TextAnalysis
{
    public static ImmutableArray<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = ImmutableArray.CreateBuilder<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens.ToImmutable();
    }

    /// <summary>The terms only, in order.</summary>
    public static ImmutableArray<string> Terms(Analyzer analyzer, string field, string text) =>
        [.. Tokens(analyzer, field, text).Select(t => t.Term)];
}
