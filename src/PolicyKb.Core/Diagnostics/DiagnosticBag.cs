using System.Collections.Concurrent;
using PolicyKb.Model;

namespace PolicyKb.Diagnostics;

/// <summary>
/// Collects every problem of a build so that all of them are reported at once. Safe to use from parallel steps;
/// <see cref="All"/> is sorted by path and line so the report is the same on every run.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Adds a diagnostic as it is (one another bag found, say).</summary>
    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    public void Error(SourceLocation location, string message) => Add(new Diagnostic(DiagnosticSeverity.Error, location, message));

    public void Error(string path, int line, string message) => Error(new SourceLocation(path, line), message);

    public void Warning(SourceLocation location, string message) => Add(new Diagnostic(DiagnosticSeverity.Warning, location, message));

    public void Warning(string path, int line, string message) => Warning(new SourceLocation(path, line), message);

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether an error has been reported in the file at <paramref name="path"/>.</summary>
    public bool HasErrorsIn(string path) => _items.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.Path == path);

    public IReadOnlyList<Diagnostic> All =>
        [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    public IEnumerable<Diagnostic> Errors => All.Where(d => d.Severity == DiagnosticSeverity.Error);
}
