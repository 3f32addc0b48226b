namespace PolicyKb.Search.Export;

/// <summary>Orders strings by Unicode code points, which is Lucene's term order (UTF-8 bytes) and the script's.</summary>
public sealed class CodePointOrder : IComparer<string>
{
    public static CodePointOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        // Fast path: up to the first difference, both orders agree; there, two characters that are not surrogates
        // compare as code points by their value.
        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        if (!char.IsSurrogate(x[common]) && !char.IsSurrogate(y[common]))
        {
            return x[common] < y[common] ? -1 : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = CodePointAt(x, i);
            var b = CodePointAt(y, j);
            if (a != b)
            {
                return a < b ? -1 : 1;
            }

            i += a > 0xFFFF ? 2 : 1;
            j += b > 0xFFFF ? 2 : 1;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    // Lone surrogates compare as themselves.
    private static int CodePointAt(string s, int index) =>
        char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1])
            ? char.ConvertToUtf32(s[index], s[index + 1])
            : s[index];
}
