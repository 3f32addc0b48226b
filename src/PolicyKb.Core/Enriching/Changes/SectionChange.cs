using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// One section on a change page: the section in the older and the newer version (one of them missing when it was
/// added or removed), how it was matched, whether it was renamed or moved, and how its heading and own text
/// (its blocks, not its subsections) changed.
/// </summary>
public sealed record SectionChange(
    SectionChangeKind Kind,
    Section? Older,
    Section? Newer,
    SectionMatch? Match,
    bool Renamed,
    bool Moved,
    TextComparison Heading,
    TextComparison Text)
{
    /// <summary>The section id to link to: in the newer version if it is there, else in the older one.</summary>
    public string Id => (Newer ?? Older)!.Id;

    public string HeadingText => (Newer ?? Older)!.Heading;

    public int Level => (Newer ?? Older)!.Level;

    /// <summary>True when the text changed in wording, not only cosmetically.</summary>
    public bool HasWordingChange => Text.HasWordingChange;
}
