using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>
/// The index a build keeps, in parts read together, is the single index of every section: the same export, byte for
/// byte, and the same hits with the same scores; and an edit to one document changes only that document's part.
/// </summary>
public sealed class PartedIndexTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void Parts_read_together_export_and_search_exactly_as_the_single_index()
    {
        var site = fixture.Site;
        var sections = SectionCatalog.Of(site.KnowledgeBase).ToList();
        var parts = IndexParts.Of(sections, documentsPerPart: 1);
        var documents = sections.Select(s => s.Kind + "/" + s.Document).Distinct().Count();
        parts.Length.ShouldBe(documents, "one part per document");
        parts.Sum(p => p.Count).ShouldBe(sections.Count);
        parts.Select(p => p.Start).ShouldBe(parts.Select((p, i) => parts.Take(i).Sum(q => q.Count)), "the parts are the catalog in order");

        using var folder = new TempFolder();
        var indexFolder = Path.Combine(folder.Path, "search-index");
        var description = SearchIndexWriter.Describe(site.KnowledgeBase, parts, "");
        var exported = PartedIndex.Write(indexFolder, sections, parts, description, (index, _) =>
        {
            index.Reader.Leaves.Count.ShouldBe(parts.Length);
            return SearchIndexExporter.Export(index.Reader, index.Description, sections);
        });

        using (var reader = site.OpenReader())
        {
            reader.Leaves.Count.ShouldBe(1);
            var single = SearchIndexExporter.Export(reader);
            exported.Select(f => f.Path).ShouldBe(single.Select(f => f.Path));
            for (var i = 0; i < single.Length; i++)
            {
                exported[i].Content.ShouldBe(single[i].Content, single[i].Path);
            }
        }

        using var searcher = PolicySearcher.Open(indexFolder);
        searcher.SectionCount.ShouldBe(sections.Count);
        foreach (var query in ParityQueries.For(site.KnowledgeBase, perKind: 10))
        {
            var request = new SearchRequest(query.Q, query.Audience, query.Archived);
            var expected = site.Searcher.Search(request);
            var actual = searcher.Search(request);
            actual.Total.ShouldBe(expected.Total, query.ToString());
            actual.Hits.Select(h => (h.Id, h.Score, h.Snippet.Text)).ShouldBe(expected.Hits.Select(h => (h.Id, h.Score, h.Snippet.Text)), query.ToString());
        }
    }

    [Fact]
    public void An_edit_to_one_document_renames_only_its_part_and_a_second_write_reuses_the_others()
    {
        var site = fixture.Site;
        var sections = SectionCatalog.Of(site.KnowledgeBase).ToList();
        var before = IndexParts.Of(sections, documentsPerPart: 2);
        before.Length.ShouldBeGreaterThan(1);

        var edited = sections.FindIndex(s => s.Document == "privacy-policy" && s.Current);
        var changed = sections.ToList();
        changed[edited] = changed[edited] with { Text = changed[edited].Text + " Quokkas are mentioned now." };
        var after = IndexParts.Of(changed, documentsPerPart: 2);

        after.Select(p => (p.Start, p.Count)).ShouldBe(before.Select(p => (p.Start, p.Count)), "the cuts stay where they were");
        var renamed = before.Zip(after).Where(p => p.First.Name != p.Second.Name).ToList();
        var part = renamed.ShouldHaveSingleItem().First;
        edited.ShouldBeInRange(part.Start, part.Start + part.Count - 1);

        using var folder = new TempFolder();
        var indexFolder = Path.Combine(folder.Path, "search-index");
        var written = new List<int>();
        PartedIndex.Write(indexFolder, sections, before, SearchIndexWriter.Describe(site.KnowledgeBase, before, ""), (_, _) => 0, written: written.Add);
        PartedIndex.Write(indexFolder, changed, after, SearchIndexWriter.Describe(site.KnowledgeBase, after, ""), (_, _) => 0, written: written.Add);
        PartedIndex.Write(indexFolder, changed, after, SearchIndexWriter.Describe(site.KnowledgeBase, after, ""), (_, _) => 0, verifyParts: true, written: written.Add);
        written.ShouldBe([before.Length, 1, 0], "all, then the edited part, then none: every part checked is whole");

        // A part whose folder holds another part (an index, but not the one its name says) is reused unless checked.
        var partsFolder = PartedIndex.PartsFolder(indexFolder);
        var (wrong, other) = (after[0], after[1]);
        Directory.Delete(Path.Combine(partsFolder, wrong.Name), recursive: true);
        CopyFolder(Path.Combine(partsFolder, other.Name), Path.Combine(partsFolder, wrong.Name));
        PartedIndex.Write(indexFolder, changed, after, SearchIndexWriter.Describe(site.KnowledgeBase, after, ""), (_, _) => 0, verifyParts: true, written: written.Add);
        written[^1].ShouldBe(1, "the full build found the part that is not whole and wrote it again");

        using var searcher = PolicySearcher.Open(indexFolder);
        searcher.Search(new SearchRequest("quokkas")).Hits.ShouldHaveSingleItem().Id.ShouldBe(changed[edited].Id);
    }

    [Fact]
    public void Two_builds_writing_the_same_index_folder_at_once_leave_one_whole_index()
    {
        var site = fixture.Site;
        var sections = SectionCatalog.Of(site.KnowledgeBase).ToList();
        var edited = sections.ToList();
        var last = edited.Count - 1;
        edited[last] = edited[last] with { Text = edited[last].Text + " Wombats." };
        using var folder = new TempFolder();
        var indexFolder = Path.Combine(folder.Path, "search-index");

        Parallel.For(0, 6, i =>
        {
            var mine = i % 2 == 0 ? sections : edited;
            var parts = IndexParts.Of(mine, documentsPerPart: 2);
            PartedIndex.Write(indexFolder, mine, parts, SearchIndexWriter.Describe(site.KnowledgeBase, parts, ""), (_, _) => 0);
        });

        var (_, listed) = PartedIndex.ReadList(indexFolder)!.Value;
        PartedIndex.HasParts(indexFolder, listed).ShouldBeTrue("the index in place lists only parts that are there");
        using var searcher = PolicySearcher.Open(indexFolder);
        searcher.SectionCount.ShouldBe(sections.Count);
        searcher.Search(new SearchRequest("delete account")).Hits.ShouldNotBeEmpty();
        Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList().ShouldBe(["search-index", "search-index-parts"], "no staging folder is left");
    }

    [Fact]
    public void No_sections_make_an_empty_index_that_searches_and_exports()
    {
        using var folder = new TempFolder();
        var indexFolder = Path.Combine(folder.Path, "search-index");
        var parts = IndexParts.Of([]);
        parts.ShouldBeEmpty();
        var files = PartedIndex.Write(indexFolder, [], parts, SearchIndexWriter.Describe(fixture.Site.KnowledgeBase, parts, ""),
            (index, _) => SearchIndexExporter.Export(index.Reader, index.Description, []));
        files.ShouldContain(f => f.Path == SearchIndexExporter.ManifestFile);
        using var searcher = PolicySearcher.Open(indexFolder);
        searcher.SectionCount.ShouldBe(0);
        searcher.Search(new SearchRequest("delete account")).Hits.ShouldBeEmpty();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_missing_or_damaged_part_is_reported_when_the_index_is_opened()
    {
        var site = fixture.Site;
        var sections = SectionCatalog.Of(site.KnowledgeBase).ToList();
        var parts = IndexParts.Of(sections, documentsPerPart: 1);
        using var folder = new TempFolder();
        var indexFolder = Path.Combine(folder.Path, "search-index");
        PartedIndex.Write(indexFolder, sections, parts, SearchIndexWriter.Describe(site.KnowledgeBase, parts, ""), (_, _) => 0);
        PartedIndex.HasParts(indexFolder, parts).ShouldBeTrue();

        Directory.Delete(Path.Combine(PartedIndex.PartsFolder(indexFolder), parts[1].Name), recursive: true);

        PartedIndex.HasParts(indexFolder, parts).ShouldBeFalse();
        Should.Throw<IOException>(() => PolicySearcher.Open(indexFolder).Dispose());
    }
}
