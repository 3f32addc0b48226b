namespace PolicyKb.Enriching.Changes;

/// <summary>
/// The kinds of difference found between two texts. <see cref="Wording"/> is a real change; the others are
/// cosmetic: white space (including lists recorded as flat lines), punctuation style, link targets (the words
/// are the same, a link points elsewhere), and link text lost by a plain-text recording.
/// Capitalisation counts as wording: in a policy, "Products" and "products" can be a defined term and a word.
/// </summary>
[Flags]
public enum TextChange
{
    None = 0,
    Whitespace = 1,
    PunctuationStyle = 2,
    LinkTargets = 4,
    LostLinkText = 8,
    Wording = 16,
}
