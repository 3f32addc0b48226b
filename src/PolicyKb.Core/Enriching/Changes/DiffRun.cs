using PolicyKb.Words;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// A run of a word diff: text to show as kept, inserted or deleted. <paramref name="Text"/> keeps the white space of
/// the version it comes from (a blank line separates blocks), so a renderer can split it into paragraphs;
/// <paramref name="Words"/> counts its words. A link whose text the recording lost is <see cref="MissingLink"/> in it.
/// </summary>
public sealed record DiffRun(DiffRunKind Kind, string Text, ChangeNature Nature, int Words)
{
    /// <summary>Stands in <see cref="Text"/> for a link whose text the recording lost (a private-use character).</summary>
    public const char MissingLink = ComparableText.MissingLinkMark;

    /// <summary>True for an inserted or deleted run that changes the wording (not only style or lost link text).</summary>
    public bool IsWordingChange => Kind != DiffRunKind.Equal && Nature == ChangeNature.Wording;
}
