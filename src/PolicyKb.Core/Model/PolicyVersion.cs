namespace PolicyKb.Model;

/// <summary>
/// One version of a policy, as imported from one source file (for a recorded history, the first recording of its wording).
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

    /// <summary>
    /// The version's permanent URL slug: the date it was first recorded (yyyy-MM-dd), with "-2", "-3" when a day has
    /// several versions. For a hand-dated file it is <see cref="DateSlug"/>, so existing URLs do not change.
    /// </summary>
    public string Id { get; init; } = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day its wording was first recorded; for a hand-dated file, its date.</summary>
    public DateOnly FirstRecorded { get; init; } = Date;

    /// <summary>Whether its change of wording is the policy's or the recorder's (a technical upgrade).</summary>
    public ChangeOrigin Origin { get; init; } = ChangeOrigin.Terms;

    /// <summary>
    /// Its text is a recorder's file (<c>recordings/</c>), dated by when it was first recorded rather than by the policy
    /// team: it shows the effective date its text states, or else the day it was first recorded.
    /// </summary>
    public bool IsRecorded { get; init; }

    /// <summary>Its wording differs from the version before it, but the effective date it states is the same: changed without a new effective date.</summary>
    public bool KeepsStatedDate { get; init; }
}
