namespace PolicyKb.Model;

/// <summary>Plain text, exactly as the document has it (never HTML).</summary>
public sealed record Text(string Value) : Inline;
