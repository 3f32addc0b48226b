namespace PolicyKb.Model;

/// <summary>
/// A section of one version of a policy, or of a memo. <paramref name="Date"/> is the version's date (a memo's date);
/// <paramref name="SectionId"/> is null for the blocks before the first heading, whose <paramref name="Heading"/> is
/// the document's title.
/// </summary>
public sealed record SectionPlace(DocumentKind Kind, string DocumentId, DateOnly Date, string? SectionId, string Heading)
{
    public string DateSlug => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => $"{DocumentId}/{DateSlug}#{SectionId ?? "(top)"}";
}
