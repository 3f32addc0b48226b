using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using PolicyKb.Audiences;
using PolicyKb.Model;
using PolicyKb.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// Writes the Lucene index of a knowledge base: one document per section (see <see cref="SectionCatalog"/>), in one
/// segment whose document ids follow the catalog's order, scored with BM25.
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
        using var analyzer = new PolicyAnalyzer();
        var config = new IndexWriterConfig(PolicyAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            // Document ids are the catalog order (ties rank by them): never merge segments out of order.
            MergePolicy = new LogDocMergePolicy(),
            // A site's index is flushed as one segment; in a compound file, ForceMerge(1) would rewrite it whole.
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var section in SectionCatalog.Of(knowledgeBase, relevance))
        {
            writer.AddDocument(Document(section));
            count++;
        }

        writer.ForceMerge(1);
        writer.SetCommitData(IndexDescription.Of(knowledgeBase, analyzer, fingerprint).ToCommitData());
        writer.Commit();
        return count;
    }

    private static Document Document(IndexedSection section)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, section.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, section.Kind, Field.Store.YES),
            new StringField(SearchFields.Document, section.Document, Field.Store.YES),
            new StringField(SearchFields.Version, section.Version, Field.Store.YES),
            new StringField(SearchFields.Current, section.Current ? "1" : "0", Field.Store.YES),
            new StoredField(SearchFields.Url, section.Url),
            new TextField(SearchFields.Title, section.Title, Field.Store.YES),
        };
        foreach (var audience in section.Audiences)
        {
            document.Add(new StringField(SearchFields.Audience, audience, Field.Store.YES));
        }

        if (section.Heading.Length > 0)
        {
            document.Add(new TextField(SearchFields.Heading, section.Heading, Field.Store.YES));
            document.Add(new Field(SearchFields.Pairs, section.Heading, PairsType));
        }

        foreach (var heading in section.Path)
        {
            document.Add(new StoredField(SearchFields.Path, heading));
        }

        document.Add(new Field(SearchFields.Text, section.Text, TextType));
        document.Add(new Field(SearchFields.Pairs, section.Text, PairsType));
        foreach (var name in section.TermNames)
        {
            document.Add(new TextField(SearchFields.Terms, name, Field.Store.NO));
        }

        foreach (var id in section.TermIds)
        {
            document.Add(new StringField(SearchFields.TermIds, id, Field.Store.YES));
        }

        foreach (var words in new[] { section.Title, section.Heading, section.Text }.Where(w => w.Length > 0))
        {
            document.Add(new Field(SearchFields.Words, words, WordsType));
        }

        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
