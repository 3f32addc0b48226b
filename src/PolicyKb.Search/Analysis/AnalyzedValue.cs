using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKb.Search.Schema;

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
        using var stream = analyzer.GetTokenStream(field, text);
        return Capture(field, stream, text.Length);
    }

    /// <summary>The same value as another field's, whose chain gives the same tokens.</summary>
    public AnalyzedValue As(string field) => field == Field ? this : new(field, _chars, _tokens, Count, FinalIncrement, FinalOffset);

    /// <summary>What <paramref name="stream"/> emits, from its reset to its end (it is left open, to be reused).</summary>
    private static AnalyzedValue Capture(string field, TokenStream stream, int length)
    {
        var chars = new char[Math.Max(16, length)];
        var tokens = new int[Stride * 16];
        var used = 0;
        var count = 0;
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

    /// <summary>
    /// Analyses field values as <see cref="PolicyAnalyzer"/> does, token for token, but each text once: the chain all
    /// fields share (<see cref="PolicyAnalyzer.Words"/>) runs once per text, and each field's rest of the chain replays
    /// it; the pairs of a text are made from its stems. A section's text is indexed in three fields (text, pairs,
    /// words) and its heading in four, so this does the tokenizing of a section once instead of three times. One
    /// instance per thread.
    /// </summary>
    public sealed class Shared : IDisposable
    {
        private const int Kept = 16;
        private readonly PolicyAnalyzer.SharedWords _shared = new();
        private readonly Replay _toStems = new();
        private readonly TokenStream _stems;
        private readonly Replay _toSurface = new();
        private readonly TokenStream _surface;
        private readonly Replay _toPairs = new();
        private readonly TokenStream _pairs;
        private readonly Dictionary<string, Analyses> _recent = new(StringComparer.Ordinal);

        public Shared()
        {
            _stems = PolicyAnalyzer.Finish(SearchFields.Text, _toStems);
            _surface = PolicyAnalyzer.Finish(SearchFields.Words, _toSurface);
            _pairs = new AdjacentPairFilter(_toPairs);
        }

        /// <summary>What <see cref="PolicyAnalyzer"/> gives for <paramref name="text"/> in <paramref name="field"/>.</summary>
        public AnalyzedValue Of(string field, string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            if (!_recent.TryGetValue(text, out var analyses))
            {
                if (_recent.Count >= Kept)
                {
                    _recent.Clear(); // a section's values are asked for together; a document's title section after section
                }

                using var stream = _shared.GetTokenStream(field, text);
                _recent[text] = analyses = new Analyses(Capture(field, stream, text.Length));
            }

            if (field == SearchFields.Words)
            {
                analyses.Surface ??= Replayed(_toSurface, _surface, analyses.Words, field);
                return analyses.Surface.As(field);
            }

            analyses.Stems ??= Replayed(_toStems, _stems, analyses.Words, field);
            if (field == SearchFields.Pairs)
            {
                analyses.Pairs ??= Replayed(_toPairs, _pairs, analyses.Stems, field);
                return analyses.Pairs.As(field);
            }

            return analyses.Stems.As(field);
        }

        private static AnalyzedValue Replayed(Replay source, TokenStream chain, AnalyzedValue value, string field)
        {
            source.Of(value);
            return Capture(field, chain, value._chars.Length);
        }

        public void Dispose()
        {
            _shared.Dispose();
            _stems.Dispose();
            _surface.Dispose();
            _pairs.Dispose();
        }

        private sealed class Analyses(AnalyzedValue words)
        {
            public AnalyzedValue Words { get; } = words;

            public AnalyzedValue? Stems { get; set; }

            public AnalyzedValue? Surface { get; set; }

            public AnalyzedValue? Pairs { get; set; }
        }
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
