using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKb.Search.Export;

/// <summary>
/// Encodes one field's postings in one part term by term: for each document, its number (after the first, as the gap
/// from the one before), frequency, norm byte and, with <paramref name="pages"/>, the pages the term is on; and with
/// <paramref name="withPositions"/>, each document's positions as gaps. Reuses its enumerators and scratch buffers (a
/// new enumerator per term clones the index's inputs, which dominated the export).
/// </summary>
internal sealed class PartPostingsReader(NumericDocValues? norms, bool withPositions, TextPageMasks? pages, int docBase)
{
    private readonly ByteBuffer _postings = new(64 * 1024);
    private readonly ByteBuffer? _positions = withPositions ? new ByteBuffer(64 * 1024) : null;
    private DocsEnum? _docs;
    private DocsAndPositionsEnum? _docsAndPositions;

    public PartTerm Read(TermsEnum termsEnum, string term)
    {
        var postings = _postings;
        var positions = _positions;
        postings.Clear();
        positions?.Clear();
        DocsEnum docs = withPositions
            ? _docsAndPositions = termsEnum.DocsAndPositions(null, _docsAndPositions, DocsAndPositionsFlags.NONE)
            : _docs = termsEnum.Docs(null, _docs, DocsFlags.FREQS);
        var first = -1;
        var previous = -1;
        var count = 0;
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (first < 0)
            {
                first = doc;
            }
            else
            {
                postings.VarInt(doc - previous - 1);
            }

            postings.VarInt(docs.Freq);
            postings.Byte(norms is null ? (byte)0 : (byte)norms.Get(doc));
            if (pages is not null)
            {
                postings.VarInt(pages.Of(docBase + doc, term));
            }

            previous = doc;
            count++;
            if (positions is not null && docs is DocsAndPositionsEnum withOffsets)
            {
                var last = -1;
                for (var i = 0; i < docs.Freq; i++)
                {
                    var position = withOffsets.NextPosition();
                    positions.VarInt(position - last - 1);
                    last = position;
                }
            }
        }

        return new PartTerm(term, count, first, previous, postings.ToArray(), positions?.ToArray());
    }
}
