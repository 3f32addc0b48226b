using PolicyKb.Model;

namespace PolicyKb.Diagnostics;

/// <summary>A problem with the input, reported as <c>path:line: error: message</c>.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{Location.Path}:{Location.Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
