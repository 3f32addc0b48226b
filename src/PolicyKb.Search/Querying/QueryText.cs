namespace PolicyKb.Search.Querying;

/// <summary>
/// A query string split into loose words and quoted phrases. Straight and curly double quotes open and close a phrase;
/// a phrase left open runs to the end. The query <see cref="EndsOpen"/> when its last character is a letter or digit
/// outside quotes: the reader is still typing its last word, which then also matches as a prefix.
/// </summary>
public sealed record QueryText(ImmutableArray<QueryPart> Parts, bool EndsOpen)
{
    public static QueryText Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = ImmutableArray.CreateBuilder<QueryPart>();
        var inPhrase = false;
        var start = 0;
        for (var i = 0; i <= query.Length; i++)
        {
            if (i < query.Length && !IsQuote(query[i]))
            {
                continue;
            }

            if (i > start)
            {
                parts.Add(new QueryPart(query[start..i], inPhrase));
            }

            inPhrase = !inPhrase;
            start = i + 1;
        }

        var endsOpen = query.Length > 0 && char.IsLetterOrDigit(query[^1]) && parts.Count > 0 && !parts[^1].IsPhrase;
        return new QueryText(parts.ToImmutable(), endsOpen);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';
}
