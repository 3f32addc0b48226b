namespace PolicyKb.Importing;

/// <summary>A hint from a policy's metadata: lines with exactly this text (case-insensitive) are headings of <paramref name="Level"/>.</summary>
public sealed record HeadingHint(int Level, ImmutableArray<string> Texts);
