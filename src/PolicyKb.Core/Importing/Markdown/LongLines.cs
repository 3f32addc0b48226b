namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Keeps very long lines from making Markdig slow. Markdig is quick on ordinary text, but some patterns cost it time
/// in proportion to the square of the line's length (a 1 MB line of <c>[a](</c> takes it minutes). Lines of up to
/// <see cref="MaxLineLength"/> characters are left alone (the Open Terms Archive corpus has lines of 50,000); a
/// longer line is broken into pieces of about <see cref="PieceLength"/> characters by turning a space before a letter
/// into a line break, which Markdown reads as the same space inside a paragraph and which cannot start a heading,
/// list or other block. Offsets do not move, so every line number found in the text stays right. A long line
/// with no such space to break it at is refused.
/// </summary>
internal static class LongLines
{
    public const int MaxLineLength = 100_000;

    public const int PieceLength = 10_000;

    /// <summary>The text to parse, or null with the offset of the start of a line that cannot be broken.</summary>
    public static string? Break(string markdown, out int unbreakableLineStart)
    {
        unbreakableLineStart = -1;
        char[]? broken = null;
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? markdown.Length : end;
            if (lineEnd - lineStart > MaxLineLength)
            {
                broken ??= markdown.ToCharArray();
                if (!BreakLine(broken, lineStart, lineEnd))
                {
                    unbreakableLineStart = lineStart;
                    return null;
                }
            }

            lineStart = lineEnd + 1;
        }

        return broken is null ? markdown : new string(broken);
    }

    private static bool BreakLine(char[] text, int start, int end)
    {
        var pieceStart = start;
        for (var i = start + PieceLength; i < end - 1; i++)
        {
            if (text[i] == ' ' && char.IsLetter(text[i + 1]))
            {
                text[i] = '\n';
                if (i - pieceStart > MaxLineLength)
                {
                    return false;
                }

                pieceStart = i + 1;
                i = pieceStart + PieceLength - 1;
            }
        }

        return end - pieceStart <= MaxLineLength;
    }
}
