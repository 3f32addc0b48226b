namespace PolicyKb.Importing;

/// <summary>
/// What an importer needs besides the text: the document's source URL (relative links resolve against it;
/// without it they are dropped), heading hints, and which image paths exist in the input.
/// </summary>
public sealed record ImportOptions(string? BaseUrl, ImmutableArray<HeadingHint> HeadingHints, Func<string, string?> ResolveImage)
{
    public static ImportOptions Default { get; } = new(null, [], _ => null);

    /// <summary>The level a hint gives <paramref name="line"/>, if any.</summary>
    public int? HintedLevel(string line)
    {
        foreach (var hint in HeadingHints)
        {
            foreach (var text in hint.Texts)
            {
                if (string.Equals(text.Trim(), line.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return hint.Level;
                }
            }
        }

        return null;
    }
}
