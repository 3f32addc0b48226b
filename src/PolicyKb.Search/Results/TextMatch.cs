namespace PolicyKb.Search.Results;

/// <summary>Where a query term occurs in a section's text: UTF-16 offsets, end exclusive.</summary>
public sealed record TextMatch(int Start, int End, string Term);
