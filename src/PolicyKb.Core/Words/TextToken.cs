namespace PolicyKb.Words;

/// <summary>
/// A word or punctuation mark with the white space before it. Tokens are compared by <see cref="Value"/> only,
/// so a change in white space alone never shows as a change in wording.
/// </summary>
internal readonly record struct TextToken(TextTokenKind Kind, string Value, string Leading);
