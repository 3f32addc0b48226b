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
    public const int Format = 1;

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
        var description = IndexDescription.FromCommitData(reader.IndexCommit.UserData);
        if (description.Audiences.Length > 24)
        {
            throw new InvalidOperationException("The search page filters by at most 24 audiences.");
        }

        var files = new ExportFiles();
        var positions = new PositionStore(PositionShardBytes);
        var wordFields = ScoredFields.Where(f => f != SearchFields.Pairs).ToImmutableArray();
        var documents = sections is null ? StoredSection.Read(reader) : StoredSection.From(sections, reader);
        var pages = TextPageMasks(reader, documents);
        var terms = Shards(files, "terms", TermEntries(reader, wordFields, positions, pages));
        var pairs = Shards(files, "pairs", TermEntries(reader, [SearchFields.Pairs], positions, pages));
        var positionFiles = positions.Finish().Select(p => Add(files, "positions", "bin", p)).ToList();
        var words = Shards(files, "words", WordEntries(reader));
        var (docs, sectionsFolder) = Documents(documents, description, files);

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
            ["sections"] = sectionsFolder,
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
        DocsAndPositionsEnum? occurrences = null;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var length = documents[doc].Text.Length;
            var vector = TextPages.Count(length) == 1 ? null : reader.GetTermVector(doc, SearchFields.Text);
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

                byTerm[termsEnum.Term.Utf8ToString()] = mask;
            }
        }

        return masks;
    }

    /// <summary>
    /// Every term of <paramref name="fields"/> in code point order, encoded as: field mask; per field, document
    /// frequency and the postings (document delta, frequency, norm byte, and in the text field the pages the term is
    /// on); for fields with positions, where its positions are.
    /// </summary>
    private static List<(string Key, int Size, Action<ByteBuffer> Write)> TermEntries(IndexReader reader, ImmutableArray<string> fields, PositionStore positions, Dictionary<string, int>?[] pages)
    {
        // Each field's terms come in the index's order (UTF-8 bytes, which is code point order): merge them.
        var byField = new List<(int Field, List<(string Term, byte[] Postings, byte[]? Positions)> Terms)>();
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var norms = MultiDocValues.GetNormValues(reader, field);
            var postingsReader = new PostingsReader(norms, SearchFields.PhraseFields.Contains(field), field == SearchFields.Text ? pages : null);
            var list = new List<(string Term, byte[] Postings, byte[]? Positions)>();
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                var (postings, termPositions) = postingsReader.Read(termsEnum, term);
                list.Add((term, postings, termPositions));
            }

            byField.Add((ScoredFields.IndexOf(field), list));
        }

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
    /// Encodes one field's postings term by term, reusing its enumerators and scratch buffers (a new enumerator per
    /// term clones the index's inputs, which dominated the export).
    /// </summary>
    private sealed class PostingsReader(NumericDocValues? norms, bool withPositions, Dictionary<string, int>?[]? pages)
    {
        private readonly ByteBuffer _postings = new(64 * 1024);
        private readonly ByteBuffer? _positions = withPositions ? new ByteBuffer(64 * 1024) : null;
        private DocsEnum? _docs;
        private DocsAndPositionsEnum? _docsAndPositions;

        public (byte[] Postings, byte[]? Positions) Read(TermsEnum termsEnum, string term)
        {
            var postings = _postings;
            var positions = _positions;
            postings.Clear();
            positions?.Clear();
            postings.VarInt(termsEnum.DocFreq);
            DocsEnum docs = withPositions
                ? _docsAndPositions = termsEnum.DocsAndPositions(null, _docsAndPositions, DocsAndPositionsFlags.NONE)
                : _docs = termsEnum.Docs(null, _docs, DocsFlags.FREQS);
            var previous = -1;
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                postings.VarInt(doc - previous - 1);
                postings.VarInt(docs.Freq);
                postings.Byte(norms is null ? (byte)0 : (byte)norms.Get(doc));
                if (pages is not null)
                {
                    postings.VarInt(pages[doc] is { } masks ? masks[term] : 1);
                }

                previous = doc;
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

            return (postings.ToArray(), positions?.ToArray());
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
    /// the hits shown fetch them. They are named by the section's number (and page), inside a folder named by the
    /// hash of all of them, so that a hit fetches what it needs in one round trip.
    /// </summary>
    private static (string Docs, string Sections) Documents(StoredSection[] documents, IndexDescription description, ExportFiles files)
    {
        var flags = new ByteBuffer();
        flags.VarInt(documents.Length);
        var audienceIds = description.Audiences.Select(a => a.Id).ToList();
        var sections = new List<(string Name, byte[] Content)>();
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var document = documents[doc];
            var audiences = document.Audiences;
            var mask = audiences.Select(a => audienceIds.IndexOf(a)).Where(i => i >= 0).Aggregate(0, (m, i) => m | (1 << i));
            var current = document.Current;
            var memo = document.Kind == SectionKinds.Memo;
            flags.VarInt((current ? 1 : 0) | (memo ? 2 : 0) | (mask << 2));
            var text = document.Text;
            var (_, firstEnd) = TextPages.Region(0, text.Length);
            sections.Add((doc.ToString(CultureInfo.InvariantCulture) + ".json", Encoding.UTF8.GetBytes(new JsonObject
            {
                ["id"] = document.Id,
                ["url"] = document.Url,
                ["title"] = document.Title,
                ["heading"] = document.Heading,
                ["path"] = new JsonArray([.. document.Path.Select(p => (JsonNode)p)]),
                ["kind"] = document.Kind,
                ["document"] = document.Document,
                ["version"] = document.Version,
                ["current"] = current,
                ["audiences"] = new JsonArray([.. audiences.Select(a => (JsonNode)a)]),
                ["length"] = text.Length,
                ["text"] = text[..firstEnd],
            }.ToJsonString())));
            for (var page = 1; page < TextPages.Count(text.Length); page++)
            {
                var (start, end) = TextPages.Region(page, text.Length);
                sections.Add(($"{doc.ToString(CultureInfo.InvariantCulture)}-{page.ToString(CultureInfo.InvariantCulture)}.txt", Encoding.UTF8.GetBytes(text[start..end])));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in sections)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(content);
        }

        var folder = $"sections/{Convert.ToHexStringLower(hash.GetHashAndReset())[..HashLength]}/";
        foreach (var (name, content) in sections)
        {
            files.Add(new ExportedFile(folder + name, content));
        }

        return (Add(files, "docs", "bin", flags.ToArray()), folder);
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
