namespace PolicyKb.Enriching.Changes;

/// <summary>
/// What an inserted or deleted run of a word diff amounts to: a change in wording, a change in punctuation style
/// only (curly or straight quotes, dashes, ellipses), or link text that the older, plain-text recording lost
/// (the link was there, its words were not recorded), which is no evidence that the policy's wording changed.
/// </summary>
public enum ChangeNature
{
    None,
    Wording,
    PunctuationStyle,
    LostLinkText,
}
