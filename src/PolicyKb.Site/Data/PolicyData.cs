namespace PolicyKb.Site.Data;

/// <summary>
/// A policy's <c>/data/policies/&lt;id&gt;.json</c>: what its metadata says, every version oldest first, and every
/// rejected recording. Each input file of the policy appears exactly once: in one version's
/// <see cref="VersionData.Recordings"/> or in <see cref="Rejected"/>. The README's "Data" section documents it.
/// </summary>
/// <param name="Id">The policy id, as in its URLs.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">What kind of document it is ("Privacy Policy").</param>
/// <param name="Service">The service it governs, if given.</param>
/// <param name="Language">Its language (BCP 47).</param>
/// <param name="DatedBy"><c>effective</c> when its versions are dated by the day they took effect, <c>retrieved</c> when by the day they were received.</param>
/// <param name="SourceUrl">Where the original is published, if known.</param>
/// <param name="Summary">The metadata's one-paragraph summary, if any.</param>
/// <param name="Audiences">The ids of the audiences that read it first.</param>
/// <param name="Versions">Every published version, oldest first.</param>
/// <param name="Rejected">Every recording set aside, oldest first, with its reason.</param>
public sealed record PolicyData(
    string Id,
    string Title,
    string Kind,
    string? Service,
    string Language,
    string DatedBy,
    string? SourceUrl,
    string? Summary,
    ImmutableArray<string> Audiences,
    ImmutableArray<VersionData> Versions,
    ImmutableArray<RejectedRecordingData> Rejected);
