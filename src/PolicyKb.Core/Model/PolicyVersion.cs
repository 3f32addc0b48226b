namespace PolicyKb.Model;

/// <summary>
/// One version of a policy, as imported from one source file.
/// <paramref name="StatedDate"/> is the effective date the text itself states, when it states one.
/// </summary>
public sealed record PolicyVersion(
    string PolicyId,
    DateOnly Date,
    string SourcePath,
    SourceFormat Format,
    string? Title,
    string? Note,
    DateOnly? StatedDate,
    DocumentContent Content)
{
    /// <summary>The date as used in URLs and file names: yyyy-MM-dd.</summary>
    public string DateSlug => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
