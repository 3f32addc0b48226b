using System.Text;
using PolicyKb.Model;

namespace PolicyKb.Importing;

/// <summary>Small operations on inline runs shared by the importers.</summary>
internal static class Inlines
{
    /// <summary>Merges adjacent text runs and trims white space at both ends of the run.</summary>
    public static ImmutableArray<Inline> Normalize(IEnumerable<Inline> inlines)
    {
        var merged = new List<Inline>();
        StringBuilder? pending = null;
        Text? single = null; // a run of one text is kept as it is: most runs are, and copying them doubled the import's garbage
        foreach (var inline in inlines)
        {
            if (inline is Text text)
            {
                if (single is null && (pending is null || pending.Length == 0))
                {
                    single = text;
                    continue;
                }

                pending ??= new StringBuilder();
                if (single is not null)
                {
                    pending.Append(single.Value);
                    single = null;
                }

                pending.Append(text.Value);
                continue;
            }

            Flush();
            merged.Add(inline);
        }

        Flush();
        TrimEdges(merged);
        return [.. merged];

        void Flush()
        {
            if (single is not null)
            {
                if (single.Value.Length > 0)
                {
                    merged.Add(single);
                }

                single = null;
            }
            else if (pending is { Length: > 0 })
            {
                merged.Add(new Text(pending.ToString()));
                pending.Clear();
            }
        }
    }

    public static bool IsBlank(ImmutableArray<Inline> inlines) =>
        inlines.All(i => i is Text t && string.IsNullOrWhiteSpace(t.Value) || i is LineBreak);

    /// <summary>Splits a run at its line breaks.</summary>
    public static List<List<Inline>> SplitLines(IEnumerable<Inline> inlines)
    {
        var lines = new List<List<Inline>> { new() };
        foreach (var inline in inlines)
        {
            if (inline is LineBreak)
            {
                lines.Add([]);
            }
            else
            {
                lines[^1].Add(inline);
            }
        }

        return lines;
    }

    private static void TrimEdges(List<Inline> inlines)
    {
        while (inlines.Count > 0 && inlines[0] is LineBreak)
        {
            inlines.RemoveAt(0);
        }

        while (inlines.Count > 0 && inlines[^1] is LineBreak)
        {
            inlines.RemoveAt(inlines.Count - 1);
        }

        if (inlines.Count > 0 && inlines[0] is Text first)
        {
            var value = first.Value.TrimStart();
            if (value.Length == 0)
            {
                inlines.RemoveAt(0);
            }
            else
            {
                inlines[0] = new Text(value);
            }
        }

        if (inlines.Count > 0 && inlines[^1] is Text last)
        {
            var value = last.Value.TrimEnd();
            if (value.Length == 0)
            {
                inlines.RemoveAt(inlines.Count - 1);
            }
            else
            {
                inlines[^1] = new Text(value);
            }
        }
    }
}
