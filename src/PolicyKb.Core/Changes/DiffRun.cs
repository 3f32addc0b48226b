namespace PolicyKb.Changes;

/// <summary>
/// A run of a word diff: text to show as kept, inserted or deleted. <paramref name="Text"/> keeps the white space of
/// the version it comes from (a blank line separates blocks), so a renderer can split it into paragraphs;
/// <paramref name="Words"/> counts its words.
/// </summary>
public sealed record DiffRun(DiffRunKind Kind, string Text, ChangeNature Nature, int Words)
{
    /// <summary>True for an inserted or deleted run that changes the wording (not only style or lost link text).</summary>
    public bool IsWordingChange => Kind != DiffRunKind.Equal && Nature == ChangeNature.Wording;
}
