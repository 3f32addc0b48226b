namespace PolicyKb.Enriching.Terms;

/// <summary>A use of a defined term in a text: the term's id and the characters [<paramref name="Start"/>, <see cref="End"/>).</summary>
public readonly record struct TermMatch(string TermId, int Start, int Length)
{
    public int End => Start + Length;
}
