namespace PolicyKb.Model;

/// <summary>A hard line break inside a block (Markdown trailing spaces, a <c>&lt;br&gt;</c> in a table cell).</summary>
public sealed record LineBreak : Inline;
