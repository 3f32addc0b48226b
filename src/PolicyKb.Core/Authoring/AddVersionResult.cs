using PolicyKb.Enriching.Changes;

namespace PolicyKb.Authoring;

/// <summary>
/// What <see cref="VersionAdder"/> did: the path it placed the file at (relative to the input folder), or the errors
/// that refused it; warnings either way; and the comparisons the new version takes part in (with the version
/// before it, and with the version after it when it fills a gap in the history).
/// </summary>
public sealed record AddVersionResult(
    string? PlacedPath,
    ImmutableArray<string> Errors,
    ImmutableArray<string> Warnings,
    ImmutableArray<VersionComparison> Comparisons)
{
    public bool Added => PlacedPath is not null;
}
