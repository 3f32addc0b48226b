using PolicyKb.Diagnostics;

namespace PolicyKb.Authoring;

/// <summary>What an import wrote (counts for the console) or, when it wrote nothing, the errors that say why.</summary>
public sealed record OpenTermsArchiveImportResult(int Policies, int Versions, int Memos, long Bytes, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How many recorder's files went into the policies' <c>recordings/</c> folders.</summary>
    public int Recordings { get; init; }

    public bool Succeeded => !Errors.Any();

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
