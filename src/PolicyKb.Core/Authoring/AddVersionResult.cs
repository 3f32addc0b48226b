using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Changes;

namespace PolicyKb.Authoring;

/// <summary>
/// What <see cref="VersionAdder"/> did: the path it placed the file at (relative to the input folder), or nothing when
/// it refused it; its diagnostics either way (the errors that refused it, warnings about what was added); and the
/// comparisons the new version takes part in (with the version before it, and with the version after it when it
/// fills a gap in the history).
/// </summary>
public sealed record AddVersionResult(
    string? PlacedPath,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<VersionComparison> Comparisons)
{
    public bool Added => PlacedPath is not null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
