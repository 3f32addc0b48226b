using System.Collections.Concurrent;
using PolicyKb.Model;

namespace PolicyKb.Diagnostics;

/// <summary>
/// Collects every problem of a build so that all of them are reported at once. Safe to use from parallel steps;
/// <see cref="All"/> is sorted by path and line so the report is the same on every run. <see cref="ForStep"/> and
/// <see cref="ForDocument"/> give views of the same collection that mark what is added through them.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items;
    private readonly string? _step;
    private readonly string? _document;

    public DiagnosticBag()
        : this(new ConcurrentQueue<Diagnostic>(), null, null)
    {
    }

    private DiagnosticBag(ConcurrentQueue<Diagnostic> items, string? step, string? document)
    {
        _items = items;
        _step = step;
        _document = document;
    }

    /// <summary>This bag, marking what is added through it as reported by <paramref name="step"/>.</summary>
    public DiagnosticBag ForStep(string step) => new(_items, step, _document);

    /// <summary>This bag, marking what is added through it as about the policy or memo <paramref name="document"/>.</summary>
    public DiagnosticBag ForDocument(string document) => new(_items, _step, document);

    /// <summary>Adds a diagnostic (one another bag found, say), marked with this view's step and document where it has none.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Enqueue(_step is null && _document is null
            ? diagnostic
            : diagnostic with { Step = diagnostic.Step ?? _step, Document = diagnostic.Document ?? _document });
    }

    /// <summary>Adds the diagnostics another bag found (see <see cref="Add(Diagnostic)"/>).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>
    /// Runs <paramref name="make"/> with a bag of its own and returns what it made with what it reported, so that a
    /// cache can report the same problems again each time it gives out what it kept.
    /// </summary>
    public static (T Value, IReadOnlyList<Diagnostic> Reported) Capture<T>(Func<DiagnosticBag, T> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        var own = new DiagnosticBag();
        var value = make(own);
        return (value, own.All);
    }

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
