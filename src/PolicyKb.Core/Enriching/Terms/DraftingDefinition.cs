namespace PolicyKb.Enriching.Terms;

/// <summary>
/// A definition a text makes in a drafting pattern: the quoted <paramref name="Term"/> and its defining sentence,
/// which spans [<paramref name="SentenceStart"/>, <paramref name="SentenceEnd"/>) of the text.
/// </summary>
public sealed record DraftingDefinition(string Term, int SentenceStart, int SentenceEnd, string Sentence);
