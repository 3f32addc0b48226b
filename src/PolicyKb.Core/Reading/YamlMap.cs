using PolicyKb.Diagnostics;
using PolicyKb.Model;
using YamlDotNet.RepresentationModel;

namespace PolicyKb.Reading;

/// <summary>
/// Typed reads from a YAML mapping. Every problem is reported at the line of the offending value, and reading goes
/// on so that all problems of a file are reported at once. Lists may be written as YAML sequences, as a single
/// value or as "A, B".
/// </summary>
public sealed class YamlMap(YamlMappingNode node, SourceText source, DiagnosticBag diagnostics)
{
    public SourceLocation Location => new(source.Path, LineOf(node, source));

    public SourceText Source => source;

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation LocationOf(string key) => Find(key) is { } value ? new(source.Path, LineOf(value, source)) : Location;

    public string? String(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null || value is YamlScalarNode { Value: null or "" } && value.Tag.IsEmpty)
        {
            if (required)
            {
                diagnostics.Error(Location, $"missing required '{key}'");
            }

            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            if (required && string.IsNullOrEmpty(text))
            {
                diagnostics.Error(LocationOf(key), $"'{key}' is empty");
                return null;
            }

            return string.IsNullOrEmpty(text) ? null : text;
        }

        diagnostics.Error(LocationOf(key), $"'{key}' must be a single value, not a {Describe(value)}");
        return null;
    }

    public ImmutableArray<(string Value, SourceLocation Location)> StringList(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                diagnostics.Error(Location, $"missing required '{key}'");
            }

            return [];
        }

        var result = new List<(string, SourceLocation)>();
        switch (value)
        {
            case YamlScalarNode scalar:
                foreach (var part in (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    result.Add((part, new SourceLocation(source.Path, LineOf(scalar, source))));
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        result.Add((text.Trim(), new SourceLocation(source.Path, LineOf(item, source))));
                    }
                    else if (item is not YamlScalarNode)
                    {
                        diagnostics.Error(source.Path, LineOf(item, source), $"items of '{key}' must be single values, not a {Describe(item)}");
                    }
                }

                break;
            default:
                diagnostics.Error(LocationOf(key), $"'{key}' must be a list or a single value, not a {Describe(value)}");
                break;
        }

        if (required && result.Count == 0 && value is not null)
        {
            diagnostics.Error(LocationOf(key), $"'{key}' is empty");
        }

        return [.. result];
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        diagnostics.Error(LocationOf(key), $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(LocationOf(key), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public YamlMap? Map(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, source, diagnostics);
        }

        diagnostics.Error(LocationOf(key), $"'{key}' must be a mapping of keys to values, not a {Describe(value)}");
        return null;
    }

    /// <summary>The entries of this mapping whose values are mappings, with the key's location.</summary>
    public IEnumerable<(string Key, SourceLocation Location, YamlMap Value)> MapEntries()
    {
        foreach (var (keyNode, value) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var location = new SourceLocation(source.Path, LineOf(keyNode, source));
            if (value is YamlMappingNode mapping)
            {
                yield return (key, location, new YamlMap(mapping, source, diagnostics));
            }
            else
            {
                diagnostics.Error(location, $"'{key}' must be a mapping of keys to values, not a {Describe(value)}");
            }
        }
    }

    /// <summary>The entries of a list of mappings under <paramref name="key"/>.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var value = Find(key);
        return value is null ? [] : MapsOf(value, key, source, diagnostics);
    }

    /// <summary>Reports keys that are not in <paramref name="known"/> (usually a typo) as errors.</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var (keyNode, _) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = known.OrderBy(k => Levenshtein(k, key)).First();
                diagnostics.Error(source.Path, LineOf(keyNode, source),
                    $"unknown key '{key}'" + (Levenshtein(suggestion, key) <= 3 ? $"; did you mean '{suggestion}'?" : $"; expected one of: {string.Join(", ", known)}"));
            }
        }
    }

    public static IReadOnlyList<YamlMap> MapsOf(YamlNode value, string what, SourceText source, DiagnosticBag diagnostics)
    {
        if (value is not YamlSequenceNode sequence)
        {
            diagnostics.Error(source.Path, LineOf(value, source), $"'{what}' must be a list, not a {Describe(value)}");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, source, diagnostics));
            }
            else
            {
                diagnostics.Error(source.Path, LineOf(item, source), $"items of '{what}' must be mappings of keys to values, not a {Describe(item)}");
            }
        }

        return maps;
    }

    public static int LineOf(YamlNode node, SourceText source) => (int)node.Start.Line + source.FirstLine - 1;

    private YamlNode? Find(string key) =>
        node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
