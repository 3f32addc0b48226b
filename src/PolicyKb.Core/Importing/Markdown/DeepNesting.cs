namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Finds, in one pass and before Markdig sees the text, the first line that nests lists and quotes deeper than
/// Markdig allows. Markdig refuses such a document only after parsing all of it, and deep nesting costs it time in
/// proportion to about the cube of the depth (a list of 1,000 levels takes it seconds, 3,000 levels over a minute),
/// so a hostile file must be caught before. It follows CommonMark's container rules loosely and errs on counting
/// less: a document it passes still goes to Markdig, which has the last word.
/// </summary>
internal static class DeepNesting
{
    /// <summary>
    /// The offset of the start of the first line whose blocks would nest more than <paramref name="limit"/> deep
    /// (a quote counts one, a list level two: the list and its item; the line's own paragraph one), or -1.
    /// </summary>
    public static int FirstTooDeepLineStart(string markdown, int limit)
    {
        // The content column of each open list item: a line indented to it or further is inside the item.
        var items = new List<int>();
        char? fence = null;
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? markdown.Length : end;
            var (column, position) = Indentation(markdown, lineStart, lineEnd, 0);
            if (position >= lineEnd)
            {
                lineStart = lineEnd + 1;
                continue; // a blank line closes nothing
            }

            if (fence is { } open)
            {
                fence = StartsFence(markdown, position, lineEnd) == open ? null : fence;
                lineStart = lineEnd + 1;
                continue; // code is not nested, however it is indented
            }

            while (items.Count > 0 && items[^1] > column)
            {
                items.RemoveAt(items.Count - 1);
            }

            if (items.Count > 0 && column >= items[^1] + 4)
            {
                lineStart = lineEnd + 1;
                continue; // indented code or a paragraph's continuation inside the item
            }

            var quotes = 0;
            while (position < lineEnd && !IsThematicBreak(markdown, position, lineEnd))
            {
                if (markdown[position] == '>')
                {
                    quotes++;
                    (column, position) = Indentation(markdown, position + 1, lineEnd, column + 1);
                }
                else if (ListMarkerLength(markdown, position, lineEnd) is > 0 and var marker)
                {
                    var (contentColumn, contentPosition) = Indentation(markdown, position + marker, lineEnd, column + marker);
                    items.Add(contentColumn);
                    (column, position) = (contentColumn, contentPosition);
                }
                else
                {
                    break;
                }

                if (quotes + (2 * items.Count) + 1 > limit)
                {
                    return lineStart;
                }
            }

            fence = StartsFence(markdown, position, lineEnd);
            lineStart = lineEnd + 1;
        }

        return -1;
    }

    /// <summary>The column and position of the first character that is not a space or tab (a tab goes to the next multiple of four).</summary>
    private static (int Column, int Position) Indentation(string text, int position, int end, int column)
    {
        while (position < end && text[position] is ' ' or '\t' or '\r')
        {
            column = text[position] == '\t' ? (column / 4 * 4) + 4 : column + 1;
            position++;
        }

        return (column, position);
    }

    /// <summary>The length of a bullet (<c>-</c>, <c>+</c>, <c>*</c>) or ordered (<c>1.</c>, <c>1)</c>) list marker followed by white space, or 0.</summary>
    private static int ListMarkerLength(string text, int position, int end)
    {
        var length = 0;
        if (text[position] is '-' or '+' or '*')
        {
            length = 1;
        }
        else
        {
            while (position + length < end && length < 9 && char.IsAsciiDigit(text[position + length]))
            {
                length++;
            }

            if (length == 0 || position + length >= end || text[position + length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return position + length < end && text[position + length] is ' ' or '\t' ? length : 0;
    }

    /// <summary>Whether the rest of the line is a thematic break (<c>* * *</c>, <c>- - -</c>), which is no list.</summary>
    private static bool IsThematicBreak(string text, int position, int end)
    {
        var marker = text[position];
        if (marker is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        for (var i = position; i < end; i++)
        {
            if (text[i] == marker)
            {
                count++;
            }
            else if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>The fence character when the text at <paramref name="position"/> opens or closes a fenced code block.</summary>
    private static char? StartsFence(string text, int position, int end) =>
        position + 2 < end && text[position] is '`' or '~' && text[position + 1] == text[position] && text[position + 2] == text[position]
            ? text[position]
            : null;
}
