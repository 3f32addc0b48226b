using PolicyKb.Model;

namespace PolicyKb.Diagnostics;

/// <summary>
/// A problem with the input, reported as <c>path:line: error: message</c>. What it belongs to is data beside the
/// message, so that no one has to read it back out of the text: the build step that reported it (null outside a
/// build, in <c>inspect</c> or <c>add-version</c>) and the policy or memo it is about, where that is known.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>The name of the build step that reported it.</summary>
    public string? Step { get; init; }

    /// <summary>The id of the policy or memo it is about.</summary>
    public string? Document { get; init; }

    public override string ToString() =>
        $"{Location.Path}:{Location.Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
