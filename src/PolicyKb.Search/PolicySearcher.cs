using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Querying;
using PolicyKb.Search.Results;
using PolicyKb.Search.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyKb.Search;

/// <summary>
/// Searches the Lucene index of a knowledge base: plans the query (<see cref="QueryPlanner"/>), scores it with BM25,
/// and returns the best sections with a highlighted snippet cut from the text's term vector. Safe for concurrent
/// searches (the server shares one).
/// </summary>
public sealed class PolicySearcher : IDisposable
{
    private readonly IDisposable? _owned;
    private readonly IndexReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly PolicyAnalyzer _analyzer = new();
    private readonly IndexVocabulary _vocabulary;
    private readonly QueryPlanner _planner;
    private readonly ImmutableArray<string>[] _audiencesOfDoc;

    private PolicySearcher(IndexReader reader, IndexDescription description, IDisposable? owned)
    {
        _owned = owned;
        _reader = reader;
        _searcher = new IndexSearcher(_reader) { Similarity = SearchIndexWriter.Similarity };
        Description = description;
        _vocabulary = new IndexVocabulary(_reader, _analyzer);
        _planner = new QueryPlanner(_analyzer, _vocabulary, Description.Synonyms);
        var audienceField = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Audience };
        _audiencesOfDoc = [.. Enumerable.Range(0, _reader.MaxDoc).Select(doc => _reader.Document(doc, audienceField).GetValues(SearchFields.Audience).ToImmutableArray())];
    }

    public IndexDescription Description { get; }

    public int SectionCount => _reader.MaxDoc;

    public IVocabulary Vocabulary => _vocabulary;

    /// <summary>Opens the index in a folder (as a build writes it, see <see cref="PartedIndex"/>).</summary>
    public static PolicySearcher Open(string indexFolder)
    {
        var index = OpenedIndex.Open(indexFolder);
        try
        {
            return new PolicySearcher(index.Reader, index.Description, index);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Opens the single index in <paramref name="directory"/> (see <see cref="SearchIndexWriter.Write(IReadOnlyList{IndexedSection}, IndexDescription, LuceneDirectory)"/>), which stays the caller's to dispose.</summary>
    public static PolicySearcher Open(LuceneDirectory directory)
    {
        var reader = DirectoryReader.Open(directory);
        try
        {
            return new PolicySearcher(reader, IndexDescription.FromCommitData(reader.IndexCommit.UserData), owned: null);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The order of a search that includes archived versions: current before archived, then by score.</summary>
    private static readonly Sort CurrentFirst = new(new SortField(SearchFields.Current, SortFieldType.STRING, reverse: true), SortField.FIELD_SCORE);

    public QueryPlan Plan(string query) => _planner.Plan(query);

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = _planner.Plan(request.Query);
        if (plan.IsEmpty)
        {
            return new SearchResults(request.Query, 0, 0, [], [.. Description.Audiences.Select(a => new AudienceCount(a.Id, a.Name, 0))], []);
        }

        var query = LuceneQueries.Scoring(plan);
        var filter = LuceneQueries.Filter(plan, request.Audience, request.IncludeArchived);
        // With archived versions, current text (and memos) ranks first: a reader looking back still sees what holds today
        // before what held once. Within each, by score, then by document id (Lucene's tie order).
        var top = request.IncludeArchived
            ? _searcher.Search(query, filter, Math.Max(1, request.Limit), CurrentFirst, doDocScores: true, doMaxScore: false)
            : _searcher.Search(query, filter, Math.Max(1, request.Limit));

        // Counts per audience: the same search without the audience filter.
        var matches = new MatchCollector();
        _searcher.Search(query, LuceneQueries.Filter(plan, null, request.IncludeArchived), matches);
        var counts = Description.Audiences
            .Select(a => new AudienceCount(a.Id, a.Name, matches.Docs.Count(doc => _audiencesOfDoc[doc].Contains(a.Id))))
            .ToImmutableArray();

        var highlight = HighlightTerms(query);
        var hits = top.ScoreDocs.Take(request.Limit).Select(scoreDoc => Hit(scoreDoc, highlight, request.IncludeText)).ToImmutableArray();
        var suggestions = top.TotalHits == 0 ? NearestWords.For(_vocabulary, plan.Words) : [];
        return new SearchResults(request.Query, top.TotalHits, matches.Docs.Count, hits, counts, suggestions);
    }

    public void Dispose()
    {
        // The opened index closes its reader with its parts.
        if (_owned is null)
        {
            _reader.Dispose();
        }
        else
        {
            _owned.Dispose();
        }

        _analyzer.Dispose();
    }

    private ImmutableHashSet<string> HighlightTerms(Query query)
    {
        // The plan holds only term and phrase queries, so extraction needs no multi-term rewrite; rewriting first keeps
        // it correct should a clause ever become one.
        var terms = new HashSet<Term>();
        _searcher.Rewrite(query).ExtractTerms(terms);
        return [.. terms.Where(t => t.Field == SearchFields.Text).Select(t => t.Text)];
    }

    private SearchHit Hit(ScoreDoc scoreDoc, ImmutableHashSet<string> highlight, bool includeText)
    {
        var document = _reader.Document(scoreDoc.Doc);
        var text = document.Get(SearchFields.Text) ?? "";
        var heading = document.Get(SearchFields.Heading) ?? "";
        var path = document.GetValues(SearchFields.Path).ToImmutableArray();
        return new SearchHit(
            document.Get(SearchFields.Id),
            document.Get(SearchFields.Url),
            document.Get(SearchFields.Title),
            heading,
            heading.Length > 0 ? path.Add(heading) : path,
            SnippetBuilder.Build(text, Matches(scoreDoc.Doc, highlight)),
            scoreDoc.Score,
            document.Get(SearchFields.Kind),
            document.Get(SearchFields.Document),
            document.Get(SearchFields.Version),
            [.. document.GetValues(SearchFields.Versions)],
            document.Get(SearchFields.Current) == "1",
            _audiencesOfDoc[scoreDoc.Doc],
            includeText ? text : null);
    }

    private List<TextMatch> Matches(int doc, ImmutableHashSet<string> terms)
    {
        var matches = new List<TextMatch>();
        var vector = _reader.GetTermVector(doc, SearchFields.Text);
        if (vector is null || terms.IsEmpty)
        {
            return matches;
        }

        var termsEnum = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                matches.Add(new TextMatch(positions.StartOffset, positions.EndOffset, term));
            }
        }

        return matches;
    }

    private sealed class MatchCollector : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Docs.Add(_docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
