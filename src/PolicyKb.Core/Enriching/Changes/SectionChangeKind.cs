namespace PolicyKb.Enriching.Changes;

/// <summary>
/// What happened to a section between two versions. A matched section can be several things at once; its kind is
/// the first that applies in the order Renamed, Moved, Changed, Unchanged, and <see cref="SectionChange"/> has a
/// flag for each.
/// </summary>
public enum SectionChangeKind
{
    Unchanged,

    /// <summary>Its own text differs, in wording or only cosmetically (see <see cref="TextComparison.IsCosmeticOnly"/>).</summary>
    Changed,

    /// <summary>It is under a different parent, or in a different order among its siblings.</summary>
    Moved,

    /// <summary>Its heading's wording differs.</summary>
    Renamed,

    Added,
    Removed,
}
