namespace PolicyKb.Search.Bench;

/// <summary>What the benchmark measured for one search engine on one site.</summary>
internal sealed record EngineFigures(
    string Engine,
    TimeSpan IndexBuild,
    TimeSpan IndexBuildWarm,
    TimeSpan? IndexWritingWarm,
    long IndexFiles,
    long IndexBytes,
    long FirstQueryBytes,
    long SecondQueryBytes,
    double MeanFirstQueryBytes,
    long MaxFirstQueryBytes,
    double MedianMs,
    double P95Ms,
    double CachedMedianMs,
    double CachedP95Ms,
    int TimedQueries,
    IReadOnlyDictionary<string, (double Success, double Mrr, int Queries)> Relevance);
