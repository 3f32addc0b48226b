namespace PolicyKb.Search.Export;

/// <summary>
/// A term of one field of the whole index with its encoded document frequency and postings, and its encoded positions
/// in a field that has them (see <see cref="Format.SearchManifest.Terms"/> and <see cref="Format.PositionFiles"/>).
/// </summary>
internal sealed record EncodedTerm(string Term, byte[] Postings, byte[]? Positions);
