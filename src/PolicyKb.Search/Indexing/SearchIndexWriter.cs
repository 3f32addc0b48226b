using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using PolicyKb.Enriching.Audiences;
using PolicyKb.Hashing;
using PolicyKb.Model;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// Writes the Lucene index of a knowledge base: one document per section (see <see cref="SectionCatalog"/>), in one
/// segment whose document ids follow the catalog's order, scored with BM25; or one part of it (see <see cref="PartedIndex"/>).
/// </summary>
public static class SearchIndexWriter
{
    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    // Pairs only need frequencies: their adjacency is in the term itself.
    private static readonly FieldType PairsType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    // The vocabulary is only ever enumerated, never scored.
    private static readonly FieldType WordsType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    private static readonly FieldType StoredOnly = Frozen(new FieldType { IsStored = true });

    /// <summary>BM25's term frequency saturation (Lucene's default).</summary>
    public const float K1 = 1.2f;

    /// <summary>
    /// BM25's length normalization, a little below Lucene's 0.75: policies have long omnibus sections (a numbered list
    /// of every rule), and full normalization buries a rule that is in one of them.
    /// </summary>
    public const float B = 0.6f;

    /// <summary>The similarity of indexing and searching; the search page's script mirrors it exactly.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity(K1, B);

    /// <summary>
    /// Replaces whatever <paramref name="directory"/> holds with the index of <paramref name="knowledgeBase"/>, noting
    /// the <paramref name="fingerprint"/> of the input it came from; returns the number of sections.
    /// <paramref name="relevance"/> is the build's decision of which sections matter to which audience.
    /// </summary>
    public static int Write(KnowledgeBase knowledgeBase, LuceneDirectory directory, string fingerprint = "", AudienceRelevance? relevance = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var sections = SectionCatalog.Of(knowledgeBase, relevance).ToList();
        return Write(sections, Describe(knowledgeBase, sections, fingerprint), directory);
    }

    /// <summary>
    /// What the index of <paramref name="sections"/> keeps as its description, with its
    /// <see cref="IndexDescription.Content"/>: a hash of everything the index and its export are made of (every value
    /// of every section, the description, the search code), so that a build can tell whether an index is still the
    /// one it would write.
    /// </summary>
    public static IndexDescription Describe(KnowledgeBase knowledgeBase, IReadOnlyList<IndexedSection> sections, string fingerprint) =>
        Describe(knowledgeBase, IndexParts.Of(sections), fingerprint);

    /// <summary>The same, from the sections' <see cref="IndexParts"/> (whose names hash every value of their sections).</summary>
    public static IndexDescription Describe(KnowledgeBase knowledgeBase, ImmutableArray<IndexPart> parts, string fingerprint)
    {
        using var analyzer = new PolicyAnalyzer();
        var description = IndexDescription.Of(knowledgeBase, analyzer, fingerprint);
        var commitData = description.ToCommitData();
        using var content = new ContentHash();
        content.Add(SearchCode.Version).Add(commitData[IndexDescription.AudiencesKey]).Add(commitData[IndexDescription.SynonymsKey]);
        foreach (var part in parts)
        {
            content.Add(part.Name).Add(part.Count);
        }

        return description with { Content = content.Finish() };
    }

    /// <summary>
    /// Replaces whatever <paramref name="directory"/> holds with the index of <paramref name="sections"/>, in their
    /// order, and <paramref name="description"/> as its commit data; returns the number of sections.
    /// </summary>
    public static int Write(IReadOnlyList<IndexedSection> sections, IndexDescription description, LuceneDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(description);
        return Write(sections, description.ToCommitData(), directory);
    }

    /// <summary>
    /// Writes one <see cref="IndexPart"/> of the index (see <see cref="PartedIndex"/>) into the empty
    /// <paramref name="directory"/>: the part's sections, in their order, with the part's name as its commit data.
    /// </summary>
    internal static void WritePart(IReadOnlyList<IndexedSection> sections, IndexPart part, LuceneDirectory directory) =>
        Write([.. sections.Skip(part.Start).Take(part.Count)], new Dictionary<string, string> { [PartedIndex.PartKey] = part.Name }, directory);

    private static int Write(IReadOnlyList<IndexedSection> sections, IDictionary<string, string> commitData, LuceneDirectory directory)
    {
        using var analyzer = new PolicyAnalyzer();
        using var writer = new IndexWriter(directory, Config(analyzer));
        var document = new ReusedDocument();
        // Analysis (a third of the work) runs on another thread, a little ahead; this one indexes in catalog order.
        using var cancel = new CancellationTokenSource();
        using var analyzed = new BlockingCollection<ImmutableArray<AnalyzedValue>>(boundedCapacity: 64);
        // A thread of its own: this one waits for it, and a pool thread could be long in coming while the pool is busy.
        var analysis = Task.Factory.StartNew(() =>
        {
            try
            {
                // Each text tokenized once for all the fields it is indexed in (as PolicyAnalyzer would, token for token).
                using var analysis = new AnalyzedValue.Shared();
                foreach (var section in sections)
                {
                    analyzed.Add([.. AnalyzedFields(section).Select(f => analysis.Of(f.Name, f.Value))], cancel.Token);
                }
            }
            finally
            {
                analyzed.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var count = 0;
            foreach (var values in analyzed.GetConsumingEnumerable())
            {
                writer.AddDocument(document.Of(sections[count++], values));
            }

            analysis.GetAwaiter().GetResult();
        }
        catch
        {
            cancel.Cancel();
            throw;
        }

        // A no-op when everything fitted in one flush (as it does unless the sections exceed the RAM buffer).
        writer.ForceMerge(1);
        writer.SetCommitData(commitData);
        writer.Commit();
        return sections.Count;
    }

    private static bool IsAnalyzed(FieldType type) => type.IsIndexed && type.IsTokenized;

    /// <summary>The values of a section's document that are analyzed, field by field, in order.</summary>
    internal static IEnumerable<(string Name, string Value)> AnalyzedFields(IndexedSection section) =>
        Fields(section).Where(f => IsAnalyzed(f.Type)).Select(f => (f.Name, f.Value));

    /// <summary>The fields of a section's document, in order.</summary>
    private static IEnumerable<(string Name, string Value, FieldType Type)> Fields(IndexedSection section)
    {
        yield return (SearchFields.Id, section.Id, StringField.TYPE_STORED);
        yield return (SearchFields.Kind, section.Kind, StringField.TYPE_STORED);
        yield return (SearchFields.Document, section.Document, StringField.TYPE_STORED);
        yield return (SearchFields.Version, section.Version, StringField.TYPE_STORED);
        yield return (SearchFields.Current, section.Current ? "1" : "0", StringField.TYPE_STORED);
        foreach (var version in section.Versions)
        {
            yield return (SearchFields.Versions, version, StoredOnly);
        }

        yield return (SearchFields.Url, section.Url, StoredOnly);
        yield return (SearchFields.Title, section.Title, TextField.TYPE_STORED);
        foreach (var audience in section.Audiences)
        {
            yield return (SearchFields.Audience, audience, StringField.TYPE_STORED);
        }

        if (section.Heading.Length > 0)
        {
            yield return (SearchFields.Heading, section.Heading, TextField.TYPE_STORED);
            yield return (SearchFields.Pairs, section.Heading, PairsType);
        }

        foreach (var heading in section.Path)
        {
            yield return (SearchFields.Path, heading, StoredOnly);
        }

        yield return (SearchFields.Text, section.Text, TextType);
        yield return (SearchFields.Pairs, section.Text, PairsType);
        foreach (var name in section.TermNames)
        {
            yield return (SearchFields.Terms, name, TextField.TYPE_NOT_STORED);
        }

        foreach (var id in section.TermIds)
        {
            yield return (SearchFields.TermIds, id, StringField.TYPE_STORED);
        }

        foreach (var words in new[] { section.Title, section.Heading, section.Text })
        {
            if (words.Length > 0)
            {
                yield return (SearchFields.Words, words, WordsType);
            }
        }
    }

    private static IndexWriterConfig Config(PolicyAnalyzer analyzer) => new(PolicyAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = Similarity,
        // Document ids are the catalog order (ties rank by them): never merge segments out of order.
        MergePolicy = new LogDocMergePolicy(),
        // One flush at the end rather than one every 16 MB, each followed by a merge.
        RAMBufferSizeMB = 256,
        // Not a compound file: the merge policy wants none for a segment that is the whole index, so ForceMerge(1)
        // would copy a flushed compound segment over again (the whole index, a third of the time it took to write).
        UseCompoundFile = false,
    };

    /// <summary>
    /// One document whose fields are reused from section to section, as Lucene advises (a new untokenized field
    /// creates its token stream by reflection every time); tokenized fields replay the analysis done ahead.
    /// </summary>
    private sealed class ReusedDocument
    {
        private readonly Document _document = [];
        private readonly Dictionary<(string Name, FieldType Type), List<(Field Field, AnalyzedValue.Replay? Replay)>> _fields = [];
        private readonly Dictionary<(string Name, FieldType Type), int> _used = [];

        public Document Of(IndexedSection section, ImmutableArray<AnalyzedValue> analyzed)
        {
            _document.Fields.Clear();
            _used.Clear();
            var next = 0;
            foreach (var (name, value, type) in Fields(section))
            {
                var key = (name, type);
                if (!_fields.TryGetValue(key, out var fields))
                {
                    _fields[key] = fields = [];
                }

                var index = _used.GetValueOrDefault(key);
                _used[key] = index + 1;
                if (index == fields.Count)
                {
                    var created = new Field(name, value, type);
                    var replay = IsAnalyzed(type) ? new AnalyzedValue.Replay() : null;
                    if (replay is not null)
                    {
                        created.SetTokenStream(replay);
                    }

                    fields.Add((created, replay));
                }

                var (field, stream) = fields[index];
                field.SetStringValue(value);
                if (stream is not null)
                {
                    var tokens = analyzed[next++];
                    if (tokens.Field != name)
                    {
                        throw new InvalidOperationException($"The analysis of field '{tokens.Field}' came where '{name}' was expected.");
                    }

                    stream.Of(tokens);
                }

                _document.Add(field);
            }

            if (next != analyzed.Length)
            {
                throw new InvalidOperationException("The analysis has more values than the document.");
            }

            return _document;
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
