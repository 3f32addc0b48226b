namespace PolicyKb.Reading;

/// <summary>The decoded text of an input file with its path (relative to the input folder) and a line index.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string content, int firstLine = 1)
    {
        Path = path;
        Content = content;
        FirstLine = firstLine;
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Path { get; }

    public string Content { get; }

    /// <summary>The line number of the first line of <see cref="Content"/> in the file (front matter shifts it).</summary>
    public int FirstLine { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line number in the file of a character offset into <see cref="Content"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Content.Length));
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index + FirstLine;
    }

    /// <summary>The lines of the content without their line terminators.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new string[_lineStarts.Length];
        for (var i = 0; i < _lineStarts.Length; i++)
        {
            var start = _lineStarts[i];
            var end = i + 1 < _lineStarts.Length ? _lineStarts[i + 1] - 1 : Content.Length;
            if (end > start && Content[end - 1] == '\r')
            {
                end--;
            }

            lines[i] = Content[start..Math.Max(start, end)];
        }

        return lines;
    }
}
