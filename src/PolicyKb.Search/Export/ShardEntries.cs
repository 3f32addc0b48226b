using Lucene.Net.Index;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>The entries of the term and word shards, in code point order, as <see cref="Format.SearchManifest"/> describes them.</summary>
internal static class ShardEntries
{
    /// <summary>
    /// Every term of <paramref name="fields"/> (of <paramref name="scoredFields"/>, whose order numbers the bits of the
    /// field mask) with its postings per field, its positions added to <paramref name="positions"/> as it is written.
    /// </summary>
    public static List<ShardEntry> Terms(
        Dictionary<string, List<EncodedTerm>> read, ImmutableArray<string> scoredFields, ImmutableArray<string> fields, PositionStore positions)
    {
        // Each field's terms come in code point order: merge them.
        var byField = fields.Select(f => (Field: scoredFields.IndexOf(f), Terms: read[f])).ToList();
        byField.Sort((a, b) => a.Field.CompareTo(b.Field));
        var next = new int[byField.Count];
        var result = new List<ShardEntry>();
        var matching = new List<int>(byField.Count);
        while (true)
        {
            string? term = null;
            matching.Clear();
            for (var f = 0; f < byField.Count; f++)
            {
                if (next[f] == byField[f].Terms.Count)
                {
                    continue;
                }

                var candidate = byField[f].Terms[next[f]].Term;
                var order = term is null ? -1 : CodePointOrder.Instance.Compare(candidate, term);
                if (order < 0)
                {
                    term = candidate;
                    matching.Clear();
                }

                if (order <= 0)
                {
                    matching.Add(f);
                }
            }

            if (term is null)
            {
                break;
            }

            var entries = new EncodedTerm[matching.Count];
            var size = term.Length;
            var mask = 0;
            for (var i = 0; i < matching.Count; i++)
            {
                var f = matching[i];
                entries[i] = byField[f].Terms[next[f]++];
                size += entries[i].Postings.Length + 4;
                mask |= 1 << byField[f].Field;
            }

            result.Add(new ShardEntry(term, size, buffer =>
            {
                buffer.VarInt(mask);
                foreach (var (_, postings, termPositions) in entries)
                {
                    buffer.Bytes(postings);
                    if (termPositions is not null)
                    {
                        var (shard, offset) = positions.Add(termPositions);
                        buffer.VarInt(shard);
                        buffer.VarInt(offset);
                    }
                }
            }));
        }

        return result;
    }

    /// <summary>The vocabulary (surface words) with the number of sections using each.</summary>
    public static List<ShardEntry> Words(IndexReader reader)
    {
        var result = new List<ShardEntry>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
        {
            return result;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docFreq = termsEnum.DocFreq;
            var word = termsEnum.Term.Utf8ToString();
            result.Add(new ShardEntry(word, word.Length + 3, buffer => buffer.VarInt(docFreq)));
        }

        return result;
    }
}
