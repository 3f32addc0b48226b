using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKb.Search.Analysis;

/// <summary>
/// A field value as an analyzer emitted it, token by token (term, position increment, offsets) and at its end (the
/// final position increment and offset that the indexer adds on), so that another thread can index it by
/// <see cref="Replay"/>ing exactly what the analyzer would have given it.
/// </summary>
internal sealed class AnalyzedValue
{
    private const int Stride = 4;

    private readonly char[] _chars;
    private readonly int[] _tokens;

    private AnalyzedValue(string field, char[] chars, int[] tokens, int count, int finalIncrement, int finalOffset)
    {
        Field = field;
        _chars = chars;
        _tokens = tokens;
        Count = count;
        FinalIncrement = finalIncrement;
        FinalOffset = finalOffset;
    }

    public string Field { get; }

    public int Count { get; }

    public int FinalIncrement { get; }

    public int FinalOffset { get; }

    public static AnalyzedValue Of(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var chars = new char[Math.Max(16, text.Length)];
        var tokens = new int[Stride * 16];
        var used = 0;
        var count = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            }

            if ((count + 1) * Stride > tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            Array.Copy(term.Buffer, 0, chars, used, term.Length);
            used += term.Length;
            tokens[(count * Stride) + 0] = term.Length;
            tokens[(count * Stride) + 1] = increment.PositionIncrement;
            tokens[(count * Stride) + 2] = offset.StartOffset;
            tokens[(count * Stride) + 3] = offset.EndOffset;
            count++;
        }

        stream.End();
        return new AnalyzedValue(field, chars, tokens, count, increment.PositionIncrement, offset.EndOffset);
    }

    /// <summary>A token stream that gives back an <see cref="AnalyzedValue"/>; reusable, one value after another.</summary>
    public sealed class Replay : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private AnalyzedValue? _value;
        private int _next;
        private int _char;

        public Replay()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void Of(AnalyzedValue value)
        {
            _value = value;
            _next = 0;
            _char = 0;
        }

        public override bool IncrementToken()
        {
            var value = _value ?? throw new InvalidOperationException("No analyzed value to replay.");
            if (_next == value.Count)
            {
                return false;
            }

            ClearAttributes();
            var at = _next * Stride;
            var length = value._tokens[at];
            _term.CopyBuffer(value._chars, _char, length);
            _increment.PositionIncrement = value._tokens[at + 1];
            _offset.SetOffset(value._tokens[at + 2], value._tokens[at + 3]);
            _char += length;
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            var value = _value ?? throw new InvalidOperationException("No analyzed value to replay.");
            _increment.PositionIncrement = value.FinalIncrement;
            _offset.SetOffset(value.FinalOffset, value.FinalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
            _char = 0;
        }
    }
}
