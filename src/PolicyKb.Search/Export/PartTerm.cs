namespace PolicyKb.Search.Export;

/// <summary>
/// A term of one field in one part of the index: its document frequency there, its first and last document (numbers
/// within the part), its postings after the first document's number (see <see cref="PartPostingsReader"/>) and its positions.
/// </summary>
internal sealed record PartTerm(string Term, int DocFreq, int First, int Last, byte[] Rest, byte[]? Positions);
