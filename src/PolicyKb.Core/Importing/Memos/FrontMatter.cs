using PolicyKb.Reading;

namespace PolicyKb.Importing.Memos;

/// <summary>Splits YAML front matter (between <c>---</c> lines at the top of a file) from the body, keeping line numbers.</summary>
public static class FrontMatter
{
    public static (SourceText? Yaml, SourceText Body) Split(SourceText source)
    {
        var lines = source.Lines();
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return (null, source);
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines.Skip(1).Take(i - 1));
                var body = string.Join('\n', lines.Skip(i + 1));
                return (new SourceText(source.Path, yaml, source.FirstLine + 1), new SourceText(source.Path, body, source.FirstLine + i + 1));
            }
        }

        return (null, source);
    }
}
