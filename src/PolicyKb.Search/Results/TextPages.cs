namespace PolicyKb.Search.Results;

/// <summary>
/// Cuts a long section text into pages (at least <see cref="MinPageLength"/> characters, at most
/// <see cref="MaxPages"/> of them) so that a snippet needs one page, not the whole text: the export lists, for each
/// term in each section, the pages it occurs in, and the search page downloads only the page it cuts the snippet from,
/// with <see cref="Margin"/> characters on either side for the window and the words at its edges.
/// </summary>
public static class TextPages
{
    public const int MinPageLength = 3000;
    public const int MaxPages = 30;
    public const int Margin = 512;

    public static int PageLength(int textLength) => Math.Max(MinPageLength, (textLength + MaxPages - 1) / MaxPages);

    public static int Count(int textLength) => Math.Max(1, (textLength + PageLength(textLength) - 1) / PageLength(textLength));

    /// <summary>The page a match starting at <paramref name="offset"/> is on.</summary>
    public static int PageOf(int offset, int textLength) => Math.Min(offset / PageLength(textLength), MaxPages - 1);

    /// <summary>The part of the text a page's snippet is cut from: the page and a margin either side.</summary>
    public static (int Start, int End) Region(int page, int textLength)
    {
        var length = PageLength(textLength);
        return (Math.Max(0, (page * length) - Margin), Math.Min(textLength, ((page + 1) * length) + Margin));
    }
}
