namespace PolicyKb.Model;

/// <summary>
/// A section of one version of a policy, or of a memo. <paramref name="Date"/> is the version's date (a memo's date),
/// and <see cref="VersionId"/> the version's id (two versions recorded on one day share a date, not an id);
/// <paramref name="SectionId"/> is null for the blocks before the first heading, whose <paramref name="Heading"/> is
/// the document's title.
/// </summary>
public sealed record SectionPlace(DocumentKind Kind, string DocumentId, DateOnly Date, string? SectionId, string Heading)
{
    public string DateSlug => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The version's id (<see cref="PolicyVersion.Id"/>), which its URL holds; for a memo, its date.</summary>
    public string VersionId { get; init; } = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => $"{DocumentId}/{VersionId}#{SectionId ?? "(top)"}";
}
