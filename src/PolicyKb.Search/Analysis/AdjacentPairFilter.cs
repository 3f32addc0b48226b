using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKb.Search.Analysis;

/// <summary>
/// Replaces a stream of terms by the pairs of adjacent terms, joined by <see cref="Separator"/>:
/// "delet", "my", "account" becomes "delet my", "my account". Stop-word gaps are bridged, so "terms of use" gives
/// "term us" and matches the query "terms to use" as well.
/// </summary>
public sealed class AdjacentPairFilter : TokenFilter
{
    public const char Separator = ' ';

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string? _previous;
    private int _previousStart;

    public AdjacentPairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public static string Pair(string first, string second) => first + Separator + second;

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var current = _term.ToString();
            var start = _offset.StartOffset;
            var previous = _previous;
            var previousStart = _previousStart;
            _previous = current;
            _previousStart = start;
            if (previous is null)
            {
                continue;
            }

            _term.SetEmpty().Append(Pair(previous, current));
            _offset.SetOffset(previousStart, _offset.EndOffset);
            _position.PositionIncrement = 1;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
        _previousStart = 0;
    }
}
