namespace PolicyKb.Model;

/// <summary>Inline code or a literal the document marks as code.</summary>
public sealed record Code(string Value) : Inline;
