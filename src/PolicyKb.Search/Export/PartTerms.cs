using Lucene.Net.Index;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>
/// Reads the terms of fields with their encoded postings, each part of the index on its own (all on all cores), and
/// merges the parts' terms into those of one index holding every document: the export is the same however the index
/// is cut into parts.
/// </summary>
internal static class PartTerms
{
    /// <summary>The terms of each of <paramref name="fields"/>, in code point order.</summary>
    public static Dictionary<string, List<EncodedTerm>> Read(IndexReader reader, ImmutableArray<string> fields, TextPageMasks pages)
    {
        // Field by field, so that only one field's terms are held twice (read per part, then merged) at a time.
        var leaves = reader.Leaves;
        var merged = new Dictionary<string, List<EncodedTerm>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var read = new List<PartTerm>?[leaves.Count];
            Parallel.For(0, leaves.Count, l =>
            {
                var leaf = leaves[l];
                var terms = leaf.AtomicReader.GetTerms(field);
                if (terms is null)
                {
                    return;
                }

                var postingsReader = new PartPostingsReader(
                    leaf.AtomicReader.GetNormValues(field), SearchFields.PhraseFields.Contains(field), field == SearchFields.Text ? pages : null, leaf.DocBase);
                var list = new List<PartTerm>();
                var termsEnum = terms.GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    list.Add(postingsReader.Read(termsEnum, termsEnum.Term.Utf8ToString()));
                }

                read[l] = list;
            });

            merged[field] = Merge([.. read.Select((terms, l) => (leaves[l].DocBase, terms)).Where(p => p.terms is not null).Select(p => (p.DocBase, p.terms!))]);
        }

        return merged;
    }

    /// <summary>
    /// Merges the parts' terms of one field: a term's postings are the parts' postings one after another (document
    /// numbers made global), its positions likewise; the encoding is that of one index holding every document.
    /// </summary>
    private static List<EncodedTerm> Merge(List<(int DocBase, List<PartTerm> Terms)> parts)
    {
        var merged = new List<EncodedTerm>();
        var next = new int[parts.Count];
        var queue = new PriorityQueue<int, (string Term, int Part)>(Comparer<(string Term, int Part)>.Create((a, b) =>
        {
            var order = CodePointOrder.Instance.Compare(a.Term, b.Term);
            return order != 0 ? order : a.Part.CompareTo(b.Part);
        }));
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].Terms.Count > 0)
            {
                queue.Enqueue(p, (parts[p].Terms[0].Term, p));
            }
        }

        var postings = new ByteBuffer(64 * 1024);
        var positions = new ByteBuffer(64 * 1024);
        var same = new List<PartTerm>();
        var bases = new List<int>();
        while (queue.TryPeek(out _, out var head))
        {
            same.Clear();
            bases.Clear();
            while (queue.TryPeek(out var p, out var key) && key.Term == head.Term)
            {
                queue.Dequeue();
                same.Add(parts[p].Terms[next[p]]);
                parts[p].Terms[next[p]] = null!; // merged: let its bytes go
                bases.Add(parts[p].DocBase);
                if (++next[p] < parts[p].Terms.Count)
                {
                    queue.Enqueue(p, (parts[p].Terms[next[p]].Term, p));
                }
            }

            postings.Clear();
            postings.VarInt(same.Sum(t => t.DocFreq));
            var previous = -1;
            var withPositions = same[0].Positions is not null;
            positions.Clear();
            for (var i = 0; i < same.Count; i++)
            {
                postings.VarInt(bases[i] + same[i].First - previous - 1);
                postings.Bytes(same[i].Rest);
                previous = bases[i] + same[i].Last;
                if (same[i].Positions is { } termPositions)
                {
                    positions.Bytes(termPositions);
                }
            }

            // A term in one part only (most terms) keeps that part's positions as they are.
            merged.Add(new EncodedTerm(head.Term, postings.ToArray(), !withPositions ? null : same.Count == 1 ? same[0].Positions : positions.ToArray()));
        }

        return merged;
    }
}
