using System.Security.Cryptography;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Querying;
using PolicyKb.Search.Results;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>
/// Exports what the search page needs from the Lucene index itself (its terms, postings with frequencies and
/// positions, norms, field statistics, stored fields and description) into static files, split so that a query
/// downloads only the parts for its terms, and named by their content so they can be cached for ever. Only
/// <see cref="ManifestFile"/> keeps its name. The format is described in README.md.
/// </summary>
public static class SearchIndexExporter
{
    public const string ManifestFile = "manifest.json";
    public const int Format = 2;

    /// <summary>Hex digits of SHA-256 in a file name: 48 bits, plenty to tell a site's files apart.</summary>
    private const int HashLength = 12;

    /// <summary>The fields the script scores, in the order of the bits of a term entry's field mask.</summary>
    public static readonly ImmutableArray<string> ScoredFields =
        [SearchFields.Text, SearchFields.Heading, SearchFields.Title, SearchFields.Terms, SearchFields.Pairs];

    private const int PositionShardBytes = 4 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Exports the index that <paramref name="reader"/> reads. <paramref name="sections"/>, when given, are the
    /// sections the index was written from, in document order: their stored values are then taken from them instead
    /// of being decoded from the index (the slowest part of an export); they must be the index's documents.
    /// </summary>
    public static ImmutableArray<ExportedFile> Export(DirectoryReader reader, IReadOnlyList<IndexedSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Export(reader, IndexDescription.FromCommitData(reader.IndexCommit.UserData), sections);
    }

    /// <summary>
    /// Exports the index that <paramref name="reader"/> reads (one index, or the parts of one read together, see
    /// <see cref="PartedIndex"/>), whose description is <paramref name="description"/>. Each part (leaf) is read on its
    /// own, on all cores, and their terms merged: the export is the same however the index is cut into parts.
    /// </summary>
    public static ImmutableArray<ExportedFile> Export(IndexReader reader, IndexDescription description, IReadOnlyList<IndexedSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(description);
        if (description.Audiences.Length > 24)
        {
            throw new InvalidOperationException("The search page filters by at most 24 audiences.");
        }

        var files = new ExportFiles();
        var positions = new PositionStore(PositionShardBytes);
        var wordFields = ScoredFields.Where(f => f != SearchFields.Pairs).ToImmutableArray();
        var documents = sections is null ? StoredSection.Read(reader) : StoredSection.From(sections, reader);
        var pages = TextPageMasks(reader, documents);
        var read = ReadFields(reader, [.. wordFields, SearchFields.Pairs], pages);
        var terms = Shards(files, "terms", TermEntries(read, wordFields, positions));
        var pairs = Shards(files, "pairs", TermEntries(read, [SearchFields.Pairs], positions));
        var positionFiles = positions.Finish().Select(p => Add(files, "positions", "bin", p)).ToList();
        var words = Shards(files, "words", WordEntries(reader));
        var (docs, sectionGroups) = Documents(documents, description, files);

        var manifest = new JsonObject
        {
            ["format"] = Format,
            ["maxDoc"] = reader.MaxDoc,
            ["similarity"] = new JsonObject { ["k1"] = SearchIndexWriter.K1, ["b"] = SearchIndexWriter.B },
            ["fields"] = new JsonArray([.. ScoredFields.Select(f => FieldStatistics(reader, f))]),
            ["query"] = QuerySettings(),
            ["snippet"] = new JsonObject
            {
                ["maxLength"] = SnippetBuilder.MaxLength,
                ["lead"] = SnippetBuilder.Lead,
                ["minPageLength"] = TextPages.MinPageLength,
                ["maxPages"] = TextPages.MaxPages,
                ["margin"] = TextPages.Margin,
            },
            ["suggest"] = new JsonObject { ["minLength"] = NearestWords.MinLength, ["perWord"] = NearestWords.PerWord, ["max"] = NearestWords.Max },
            ["audiences"] = JsonSerializer.SerializeToNode(description.Audiences, Json),
            ["synonyms"] = JsonSerializer.SerializeToNode(description.Synonyms, Json),
            ["docs"] = $"docs/{docs}.bin",
            ["terms"] = ShardList("terms", terms),
            ["pairs"] = ShardList("pairs", pairs),
            ["words"] = ShardList("words", words),
            ["positions"] = new JsonObject { ["dir"] = "positions/", ["files"] = new JsonArray([.. positionFiles.Select(p => (JsonNode)p)]) },
            ["sections"] = sectionGroups,
        };
        files.Add(new ExportedFile(ManifestFile, Encoding.UTF8.GetBytes(manifest.ToJsonString())));
        return [.. files.All.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static JsonObject FieldStatistics(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        return new JsonObject
        {
            ["name"] = field,
            ["sumTotalTermFreq"] = terms?.SumTotalTermFreq ?? 0,
            ["docCount"] = terms?.DocCount ?? 0,
            ["positions"] = SearchFields.PhraseFields.Contains(field),
            ["pages"] = field == SearchFields.Text,
        };
    }

    private static JsonObject QuerySettings() => new()
    {
        ["wordFields"] = new JsonArray([.. SearchFields.WordFields.Select(f => (JsonNode)f)]),
        ["phraseFields"] = new JsonArray([.. SearchFields.PhraseFields.Select(f => (JsonNode)f)]),
        ["fieldBoosts"] = new JsonObject(QueryWeights.Field.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["phraseBoosts"] = new JsonObject(QueryWeights.Phrase.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["pair"] = QueryWeights.Pair,
        ["prefix"] = QueryWeights.Prefix,
        ["prefixMinLength"] = QueryWeights.PrefixMinLength,
        ["prefixMaxExpansions"] = QueryWeights.PrefixMaxExpansions,
        ["typo"] = QueryWeights.Typo,
        ["typoMinLength"] = QueryWeights.TypoMinLength,
        ["typoPrefixLength"] = QueryWeights.TypoPrefixLength,
        ["typoMaxExpansions"] = QueryWeights.TypoMaxExpansions,
        ["synonym"] = QueryWeights.Synonym,
        ["maxWords"] = QueryWeights.MaxWords,
    };

    /// <summary>
    /// For each section of more than one page (see <see cref="TextPages"/>), the pages of its text each term occurs
    /// on, as bits, from the term vectors' offsets; null for a one-page section, where every term is on page 0.
    /// </summary>
    private static Dictionary<string, int>?[] TextPageMasks(IndexReader reader, StoredSection[] documents)
    {
        var masks = new Dictionary<string, int>?[reader.MaxDoc];
        Parallel.ForEach(reader.Leaves, leaf =>
        {
            var atomic = leaf.AtomicReader;
            DocsAndPositionsEnum? occurrences = null;
            // A part's documents share one string per term (thousands of long sections repeat the same words).
            var pool = new HashSet<string>(StringComparer.Ordinal);
            var pooled = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            var chars = new char[256];
            for (var local = 0; local < atomic.MaxDoc; local++)
            {
                var doc = leaf.DocBase + local;
                var length = documents[doc].Text.Length;
                var vector = TextPages.Count(length) == 1 ? null : atomic.GetTermVector(local, SearchFields.Text);
                if (vector is null)
                {
                    continue;
                }

                var byTerm = masks[doc] = new Dictionary<string, int>(StringComparer.Ordinal);
                var termsEnum = vector.GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    occurrences = termsEnum.DocsAndPositions(null, occurrences, DocsAndPositionsFlags.OFFSETS);
                    occurrences.NextDoc();
                    var mask = 0;
                    for (var i = 0; i < occurrences.Freq; i++)
                    {
                        occurrences.NextPosition();
                        mask |= 1 << TextPages.PageOf(occurrences.StartOffset, length);
                    }

                    var bytes = termsEnum.Term;
                    if (chars.Length < bytes.Length)
                    {
                        chars = new char[bytes.Length * 2];
                    }

                    var term = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes.Bytes, bytes.Offset, bytes.Length, chars, 0));
                    if (!pooled.TryGetValue(term, out var shared))
                    {
                        shared = new string(term);
                        pool.Add(shared);
                    }

                    byTerm[shared] = mask;
                }
            }
        });

        return masks;
    }

    /// <summary>
    /// The terms of each of <paramref name="fields"/> with their encoded postings (see <see cref="PostingsReader"/>),
    /// each part of the index read on its own (all on all cores) and the parts' terms merged in code point order.
    /// </summary>
    private static Dictionary<string, List<(string Term, byte[] Postings, byte[]? Positions)>> ReadFields(
        IndexReader reader, ImmutableArray<string> fields, Dictionary<string, int>?[] pages)
    {
        // Field by field, so that only one field's terms are held twice (read per part, then merged) at a time.
        var leaves = reader.Leaves;
        var merged = new List<(string Term, byte[] Postings, byte[]? Positions)>[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var field = fields[f];
            var read = new List<LeafTerm>?[leaves.Count];
            Parallel.For(0, leaves.Count, l =>
            {
                var leaf = leaves[l];
                var terms = leaf.AtomicReader.GetTerms(field);
                if (terms is null)
                {
                    return;
                }

                var postingsReader = new PostingsReader(
                    leaf.AtomicReader.GetNormValues(field), SearchFields.PhraseFields.Contains(field), field == SearchFields.Text ? pages : null, leaf.DocBase);
                var list = new List<LeafTerm>();
                var termsEnum = terms.GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    var term = termsEnum.Term.Utf8ToString();
                    list.Add(postingsReader.Read(termsEnum, term));
                }

                read[l] = list;
            });

            merged[f] = MergeLeaves([.. read.Select((terms, l) => (leaves[l].DocBase, terms)).Where(p => p.terms is not null).Select(p => (p.DocBase, p.terms!))]);
        }

        return fields.Select((field, f) => (field, f)).ToDictionary(p => p.field, p => merged[p.f], StringComparer.Ordinal);
    }

    /// <summary>
    /// Merges the parts' terms of one field: a term's postings are the parts' postings one after another (document
    /// ids made global), its positions likewise; the encoding is that of one index holding every document.
    /// </summary>
    private static List<(string Term, byte[] Postings, byte[]? Positions)> MergeLeaves(List<(int DocBase, List<LeafTerm> Terms)> leaves)
    {
        var merged = new List<(string Term, byte[] Postings, byte[]? Positions)>();
        var next = new int[leaves.Count];
        var queue = new PriorityQueue<int, (string Term, int Leaf)>(Comparer<(string Term, int Leaf)>.Create((a, b) =>
        {
            var order = CodePointOrder.Instance.Compare(a.Term, b.Term);
            return order != 0 ? order : a.Leaf.CompareTo(b.Leaf);
        }));
        for (var l = 0; l < leaves.Count; l++)
        {
            if (leaves[l].Terms.Count > 0)
            {
                queue.Enqueue(l, (leaves[l].Terms[0].Term, l));
            }
        }

        var postings = new ByteBuffer(64 * 1024);
        var positions = new ByteBuffer(64 * 1024);
        var same = new List<LeafTerm>();
        var bases = new List<int>();
        while (queue.TryPeek(out _, out var head))
        {
            same.Clear();
            bases.Clear();
            while (queue.TryPeek(out var l, out var key) && key.Term == head.Term)
            {
                queue.Dequeue();
                same.Add(leaves[l].Terms[next[l]]);
                leaves[l].Terms[next[l]] = null!; // merged: let its bytes go
                bases.Add(leaves[l].DocBase);
                if (++next[l] < leaves[l].Terms.Count)
                {
                    queue.Enqueue(l, (leaves[l].Terms[next[l]].Term, l));
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
            merged.Add((head.Term, postings.ToArray(), !withPositions ? null : same.Count == 1 ? same[0].Positions : positions.ToArray()));
        }

        return merged;
    }

    /// <summary>
    /// A term of one part: its document frequency there, its first and last document (ids within the part), its
    /// postings after the first document's id (see <see cref="PostingsReader"/>) and its positions.
    /// </summary>
    private sealed record LeafTerm(string Term, int DocFreq, int First, int Last, byte[] Rest, byte[]? Positions);

    /// <summary>
    /// Every term of <paramref name="fields"/> in code point order, encoded as: field mask; per field, document
    /// frequency and the postings (document delta, frequency, norm byte, and in the text field the pages the term is
    /// on); for fields with positions, where its positions are.
    /// </summary>
    private static List<(string Key, int Size, Action<ByteBuffer> Write)> TermEntries(
        Dictionary<string, List<(string Term, byte[] Postings, byte[]? Positions)>> read, ImmutableArray<string> fields, PositionStore positions)
    {
        // Each field's terms come in code point order: merge them.
        var byField = fields.Select(f => (Field: ScoredFields.IndexOf(f), Terms: read[f])).ToList();
        byField.Sort((a, b) => a.Field.CompareTo(b.Field));
        var next = new int[byField.Count];
        var result = new List<(string Key, int Size, Action<ByteBuffer> Write)>();
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

            var entries = new (int Field, byte[] Postings, byte[]? Positions)[matching.Count];
            var size = term.Length;
            var mask = 0;
            for (var i = 0; i < matching.Count; i++)
            {
                var f = matching[i];
                var (_, postings, termPositions) = byField[f].Terms[next[f]++];
                entries[i] = (byField[f].Field, postings, termPositions);
                size += postings.Length + 4;
                mask |= 1 << byField[f].Field;
            }

            result.Add((term, size, buffer =>
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

    /// <summary>
    /// Encodes one field's postings in one part term by term: for each document, its id (after the first, as the gap
    /// from the one before), frequency, norm byte and, in the text field, the pages the term is on; and for fields with
    /// positions, each document's positions as gaps. Reuses its enumerators and scratch buffers (a new enumerator per
    /// term clones the index's inputs, which dominated the export).
    /// </summary>
    private sealed class PostingsReader(NumericDocValues? norms, bool withPositions, Dictionary<string, int>?[]? pages, int docBase)
    {
        private readonly ByteBuffer _postings = new(64 * 1024);
        private readonly ByteBuffer? _positions = withPositions ? new ByteBuffer(64 * 1024) : null;
        private DocsEnum? _docs;
        private DocsAndPositionsEnum? _docsAndPositions;

        public LeafTerm Read(TermsEnum termsEnum, string term)
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
                    postings.VarInt(pages[docBase + doc] is { } masks ? masks[term] : 1);
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

            return new LeafTerm(term, count, first, previous, postings.ToArray(), positions?.ToArray());
        }
    }

    /// <summary>The vocabulary (surface words) with the number of sections using each.</summary>
    private static List<(string Key, int Size, Action<ByteBuffer> Write)> WordEntries(IndexReader reader)
    {
        var result = new List<(string Key, int Size, Action<ByteBuffer> Write)>();
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
            result.Add((word, word.Length + 3, buffer => buffer.VarInt(docFreq)));
        }

        return result;
    }

    /// <summary>
    /// Cuts entries into shards; each shard is named by its content and listed with the shortest key that separates
    /// it from the one before. A query reads about five shards of a kind, and the manifest (which every first query
    /// reads) lists each shard in about 14 bytes after gzip: shards of sqrt(5 × total) bytes balance the two, from
    /// about a kilobyte on a small site to a few on a hundred documents.
    /// </summary>
    private static List<(string Key, string Hash)> Shards(ExportFiles files, string folder, List<(string Key, int Size, Action<ByteBuffer> Write)> entries)
    {
        var total = entries.Sum(e => (long)e.Size);
        var shards = new ShardSequence((int)Math.Clamp(Math.Sqrt(5.0 * total), 1024, 16 * 1024));
        foreach (var (key, _, write) in entries)
        {
            write(shards.Begin(key));
        }

        var list = new List<(string Key, string Hash)>();
        string? previousLast = null;
        foreach (var (first, last, content) in shards.Finish())
        {
            list.Add((previousLast is null ? "" : SeparatingPrefix(previousLast, first), Add(files, folder, "bin", content)));
            previousLast = last;
        }

        return list;
    }

    /// <summary>The shortest prefix of <paramref name="first"/> that sorts after <paramref name="previous"/> (so it still separates the shards).</summary>
    private static string SeparatingPrefix(string previous, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (char.IsHighSurrogate(first[length - 1]))
            {
                continue;
            }

            if (CodePointOrder.Instance.Compare(first[..length], previous) > 0)
            {
                return first[..length];
            }
        }

        return first;
    }

    private static JsonObject ShardList(string folder, List<(string Key, string Hash)> shards) => new()
    {
        ["dir"] = folder + "/",
        ["keys"] = new JsonArray([.. shards.Select(s => (JsonNode)s.Key)]),
        ["files"] = new JsonArray([.. shards.Select(s => (JsonNode)s.Hash)]),
    };

    /// <summary>
    /// The per-section flags every query needs (current, memo, audience bits), and for each section a file with its
    /// metadata and the first page of its text, and one file per further page (see <see cref="TextPages"/>); only
    /// the hits shown fetch them. The sections are grouped as the index is cut into parts (whole documents, see
    /// <see cref="IndexParts.Cuts"/>); in a group, files are named by the section's number in it (and page), in a
    /// folder named by the hash of the group's files, so that a hit fetches what it needs in one round trip and an
    /// edit to one document gives new names to its group's files only. Returns the flags file and the groups.
    /// </summary>
    private static (string Docs, JsonObject Sections) Documents(StoredSection[] documents, IndexDescription description, ExportFiles files)
    {
        var flags = new ByteBuffer();
        flags.VarInt(documents.Length);
        var audienceIds = description.Audiences.Select(a => a.Id).ToList();
        foreach (var document in documents)
        {
            var mask = document.Audiences.Select(a => audienceIds.IndexOf(a)).Where(i => i >= 0).Aggregate(0, (m, i) => m | (1 << i));
            flags.VarInt((document.Current ? 1 : 0) | (document.Kind == SectionKinds.Memo ? 2 : 0) | (mask << 2));
        }

        var starts = new JsonArray();
        var folders = new JsonArray();
        foreach (var (start, count) in IndexParts.Cuts([.. documents.Select(d => d.Kind + "/" + d.Document)]))
        {
            var group = new List<(string Name, byte[] Content)>();
            for (var local = 0; local < count; local++)
            {
                var document = documents[start + local];
                var number = local.ToString(CultureInfo.InvariantCulture);
                var text = document.Text;
                var (_, firstEnd) = TextPages.Region(0, text.Length);
                group.Add((number + ".json", Encoding.UTF8.GetBytes(new JsonObject
                {
                    ["id"] = document.Id,
                    ["url"] = document.Url,
                    ["title"] = document.Title,
                    ["heading"] = document.Heading,
                    ["path"] = new JsonArray([.. document.Path.Select(p => (JsonNode)p)]),
                    ["kind"] = document.Kind,
                    ["document"] = document.Document,
                    ["version"] = document.Version,
                    ["current"] = document.Current,
                    ["audiences"] = new JsonArray([.. document.Audiences.Select(a => (JsonNode)a)]),
                    ["length"] = text.Length,
                    ["text"] = text[..firstEnd],
                }.ToJsonString())));
                for (var page = 1; page < TextPages.Count(text.Length); page++)
                {
                    var (pageStart, pageEnd) = TextPages.Region(page, text.Length);
                    group.Add(($"{number}-{page.ToString(CultureInfo.InvariantCulture)}.txt", Encoding.UTF8.GetBytes(text[pageStart..pageEnd])));
                }
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var (name, content) in group)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name));
                hash.AppendData(content);
            }

            var folder = $"sections/{Convert.ToHexStringLower(hash.GetHashAndReset())[..HashLength]}/";
            foreach (var (name, content) in group)
            {
                files.Add(new ExportedFile(folder + name, content));
            }

            starts.Add(start);
            folders.Add(folder);
        }

        return (Add(files, "docs", "bin", flags.ToArray()), new JsonObject { ["starts"] = starts, ["dirs"] = folders });
    }

    /// <summary>Adds a file named by its content (the same content is one file) and returns its name: the hash, without folder or extension.</summary>
    private static string Add(ExportFiles files, string folder, string extension, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        files.Add(new ExportedFile($"{folder}/{hash}.{extension}", content));
        return hash;
    }

    private sealed class ExportFiles
    {
        private readonly Dictionary<string, ExportedFile> _files = new(StringComparer.Ordinal);

        public IEnumerable<ExportedFile> All => _files.Values;

        public void Add(ExportedFile file) => _files.TryAdd(file.Path, file);
    }
}
