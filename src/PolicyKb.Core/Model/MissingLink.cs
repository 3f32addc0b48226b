namespace PolicyKb.Model;

/// <summary>
/// A place where the source had a link whose text was lost in the recording (plain-text exports strip link
/// text and leave a double space, a lone colon or empty quotes behind).
/// </summary>
public sealed record MissingLink : Inline;
