using System.Text.RegularExpressions;

namespace PolicyKb.Architecture.Tests;

/// <summary>
/// The dependencies between namespaces that the C# sources state with <c>using</c> directives. The compiled code
/// misses some: a constant of another namespace is copied into the code that uses it, so the field names the
/// analyzer read from Indexing made a cycle that no assembly shows. Every <c>using</c> of the sources is needed
/// (IDE0005 fails the build otherwise), so together they are the dependencies of the source, but for one kind: a
/// namespace uses the types of the namespaces around it without a <c>using</c>, and those the compiled check sees.
/// </summary>
internal static partial class SourceDependencies
{
    /// <summary>For each namespace under <paramref name="root"/> that <paramref name="sources"/> declare, the other such namespaces it uses.</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> Of(IEnumerable<string> sources, string root)
    {
        var files = sources.Select(text => (Namespace: Declared().Match(text).Groups[1].Value, Usings: Using().Matches(text).Select(m => m.Groups[1].Value).ToList()))
            .Where(f => f.Namespace == root || f.Namespace.StartsWith(root + ".", StringComparison.Ordinal))
            .ToList();
        var declared = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var graph = declared.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, usings) in files)
        {
            // "using static N.Type;" and aliases name a type: the namespace is the longest declared one that starts it.
            foreach (var used in usings.Select(u => declared.Where(d => u == d || u.StartsWith(d + ".", StringComparison.Ordinal)).MaxBy(d => d.Length)).OfType<string>())
            {
                if (used != name)
                {
                    graph[name].Add(used);
                }
            }
        }

        return graph;
    }

    /// <summary>The groups of namespaces that reach each other through their dependencies, each sorted; none when the graph has no cycle.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var reach = graph.Keys.ToDictionary(n => n, n => Reachable(graph, n), StringComparer.Ordinal);
        return [.. graph.Keys.Order(StringComparer.Ordinal)
            .Select(n => (IReadOnlyList<string>)[.. reach[n].Where(m => reach[m].Contains(n)).Order(StringComparer.Ordinal)])
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(" ", group))];
    }

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, SortedSet<string>> graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var name))
        {
            foreach (var next in graph[name].Where(seen.Add))
            {
                pending.Push(next);
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^namespace ([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex Declared();

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();
}
