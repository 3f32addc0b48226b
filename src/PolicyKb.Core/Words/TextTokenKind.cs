namespace PolicyKb.Words;

/// <summary>What a token of compared text is: a word, one punctuation mark, or the place of a lost link text.</summary>
internal enum TextTokenKind
{
    Word,
    Punctuation,
    MissingLink,
}
