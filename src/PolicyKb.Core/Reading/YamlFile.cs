using PolicyKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PolicyKb.Reading;

/// <summary>
/// Loads a YAML metadata file into YamlDotNet's node model, reporting syntax errors with their line.
/// Anchors and aliases are refused: metadata never needs them, and refusing them rules out alias-expansion bombs.
/// </summary>
public static class YamlFile
{
    private const int MaxNodes = 100_000;

    /// <summary>Loading nests as deep as the YAML does, and a line of thousands of "{a: " overflowed the stack.</summary>
    private const int MaxDepth = 32;

    public static YamlNode? Load(SourceText source, DiagnosticBag diagnostics)
    {
        if (!IsFreeOfAliases(source, diagnostics))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source.Content));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(source.Path, source.FirstLine, "the YAML file is empty");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(source.Path, (int)stream.Documents[1].RootNode.Start.Line + source.FirstLine - 1, "expected one YAML document, found several");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(source.Path, (int)e.Start.Line + source.FirstLine - 1, $"malformed YAML: {Describe(e)}");
            return null;
        }
    }

    /// <summary>Loads a file whose root must be a mapping.</summary>
    public static YamlMap? LoadMap(SourceText source, DiagnosticBag diagnostics)
    {
        var root = Load(source, diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, source, diagnostics);
        }

        diagnostics.Error(source.Path, YamlMap.LineOf(root, source), "expected a mapping of keys to values at the top of the file");
        return null;
    }

    private static bool IsFreeOfAliases(SourceText source, DiagnosticBag diagnostics)
    {
        var lastLine = 1;
        try
        {
            var parser = new Parser(new StringReader(source.Content));
            var count = 0;
            var depth = 0;
            while (MoveNext(parser, source, diagnostics, ref lastLine))
            {
                var current = parser.Current!;
                lastLine = (int)current.End.Line;
                if (++count > MaxNodes)
                {
                    diagnostics.Error(source.Path, source.FirstLine, $"the YAML file has more than {MaxNodes:N0} nodes");
                    return false;
                }

                depth += current switch { SequenceStart or MappingStart => 1, SequenceEnd or MappingEnd => -1, _ => 0 };
                if (depth > MaxDepth)
                {
                    diagnostics.Error(source.Path, (int)current.Start.Line + source.FirstLine - 1,
                        $"YAML nested more than {MaxDepth} levels deep; metadata is a few levels deep at most");
                    return false;
                }

                if (current is AnchorAlias alias)
                {
                    diagnostics.Error(source.Path, (int)alias.Start.Line + source.FirstLine - 1,
                        $"YAML aliases (*{alias.Value}) are not allowed in metadata; write the value out");
                    return false;
                }

                if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    diagnostics.Error(source.Path, (int)anchored.Start.Line + source.FirstLine - 1,
                        $"YAML anchors (&{anchored.Anchor.Value}) are not allowed in metadata; write the value out");
                    return false;
                }
            }

            return true;
        }
        catch (YamlException e)
        {
            diagnostics.Error(source.Path, (int)e.Start.Line + source.FirstLine - 1, $"malformed YAML: {Describe(e)}");
            return false;
        }
        catch (MalformedYamlReported)
        {
            return false;
        }
    }

    /// <summary>
    /// YamlDotNet reports some malformed input (an unclosed flow sequence) with an InvalidOperationException and no
    /// position; the line of the last event that parsed is the best position there is.
    /// </summary>
    private static bool MoveNext(Parser parser, SourceText source, DiagnosticBag diagnostics, ref int lastLine)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(source.Path, lastLine + source.FirstLine - 1, "malformed YAML after this line: check for an unclosed bracket or quote");
            throw new MalformedYamlReported();
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return (paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message).TrimEnd('.');
    }

    private sealed class MalformedYamlReported : Exception
    {
    }
}
