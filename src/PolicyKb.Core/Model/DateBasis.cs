namespace PolicyKb.Model;

/// <summary>What a version's date means: the date it took effect, or (when the text states none) the date it was retrieved.</summary>
public enum DateBasis
{
    Effective,
    Retrieved,
}
