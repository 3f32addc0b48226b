namespace PolicyKb.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
