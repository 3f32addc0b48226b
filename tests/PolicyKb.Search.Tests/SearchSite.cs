using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>
/// A knowledge base indexed in memory, with its searcher and (written on first use to a temp folder) its static
/// export. <see cref="Seed"/> is the real input folder; tests share it through <see cref="SeedSiteFixture"/>.
/// </summary>
public sealed class SearchSite : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly Lazy<TempFolder> _export;

    public SearchSite(KnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        SearchIndexWriter.Write(knowledgeBase, _directory);
        Searcher = PolicySearcher.Open(_directory);
        _export = new Lazy<TempFolder>(() =>
        {
            var folder = new TempFolder();
            using var reader = DirectoryReader.Open(_directory);
            foreach (var file in SearchIndexExporter.Export(reader))
            {
                folder.Bytes(file.Path, file.Content);
            }

            return folder;
        });
    }

    public KnowledgeBase KnowledgeBase { get; }

    public PolicySearcher Searcher { get; }

    /// <summary>The folder holding the static export (manifest.json and its files).</summary>
    public string ExportFolder => _export.Value.Path;

    public static SearchSite Seed() => new(Load(TestPaths.Input));

    /// <summary>
    /// The sections of a real site, <c>seed</c> (the input folder) or <c>ota</c> (the Open Terms Archive corpus laid out
    /// as an input folder, <see cref="Corpus.OtaInputFolder"/>), as the catalog lists them.
    /// </summary>
    public static List<IndexedSection> SectionsOf(string site)
    {
        if (site == "seed")
        {
            return [.. SectionCatalog.Of(Load(TestPaths.Input))];
        }

        site.ShouldBe("ota");
        using var input = new TempFolder();
        Corpus.OtaInputFolder.Create(Path.Combine(TestPaths.Corpus, "ota"), input.Path);
        return [.. SectionCatalog.Of(Load(input.Path))];
    }

    public static KnowledgeBase Load(string input)
    {
        var diagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(input, diagnostics);
        diagnostics.Errors.ShouldBeEmpty();
        return knowledgeBase;
    }

    public DirectoryReader OpenReader() => DirectoryReader.Open(_directory);

    public void Dispose()
    {
        Searcher.Dispose();
        if (_export.IsValueCreated)
        {
            _export.Value.Dispose();
        }

        _directory.Dispose();
    }
}

/// <summary>Shares one indexed seed site between the tests of a class.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    public SearchSite Site { get; } = SearchSite.Seed();

    public void Dispose() => Site.Dispose();
}
