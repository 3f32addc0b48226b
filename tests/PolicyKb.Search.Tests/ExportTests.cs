using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;
using PolicyKb.Search.Tests.Js;

namespace PolicyKb.Search.Tests;

/// <summary>The static export holds exactly what the Lucene index holds, as the page's reader decodes it.</summary>
public sealed class ExportTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void Every_term_posting_position_word_and_section_reads_back_as_in_the_index()
    {
        var js = NodeScript.Run("dump.mjs", new { folder = fixture.Site.ExportFolder });
        using var reader = fixture.Site.OpenReader();

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in SearchIndexExporter.ScoredFields)
        {
            var kind = field == SearchFields.Pairs ? "pairs" : "terms";
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            var norms = MultiDocValues.GetNormValues(reader, field);
            while (termsEnum.MoveNext())
            {
                long docs = 0, freqs = 0, normSum = 0, positions = 0;
                var postings = termsEnum.DocsAndPositions(null, null) ?? (DocsEnum)termsEnum.Docs(null, null, DocsFlags.FREQS);
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs += doc;
                    freqs += postings.Freq;
                    normSum += (byte)norms.Get(doc);
                    if (SearchFields.PhraseFields.Contains(field) && postings is DocsAndPositionsEnum withPositions)
                    {
                        for (var i = 1; i <= postings.Freq; i++)
                        {
                            positions += withPositions.NextPosition() * i;
                        }
                    }
                }

                expected[$"{kind} {field} {termsEnum.Term.Utf8ToString()}"] = $"{termsEnum.DocFreq},{docs},{freqs},{normSum},{positions}";
            }
        }

        var actual = js["terms"]!.AsObject().ToDictionary(p => p.Key, p => string.Join(",", p.Value!.AsArray().Select(v => v!.GetValue<long>())), StringComparer.Ordinal);
        actual.Count.ShouldBe(expected.Count);
        actual.Where(p => !expected.TryGetValue(p.Key, out var e) || e != p.Value).Select(p => p.Key).Take(5).ShouldBeEmpty();

        var wordsEnum = MultiFields.GetTerms(reader, SearchFields.Words).GetEnumerator();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        while (wordsEnum.MoveNext())
        {
            words[wordsEnum.Term.Utf8ToString()] = wordsEnum.DocFreq;
        }

        js["words"]!.AsObject().Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal)
            .ShouldBe(words.Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal));
        js["sections"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get(SearchFields.Id)));
        js["docs"]!.AsArray().Select(d => d!.GetValue<int>() & 1).ShouldBe(Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get(SearchFields.Current) == "1" ? 1 : 0));
    }

    [Fact]
    public void Files_are_named_by_their_content_and_sections_by_their_block_number_and_page_in_a_folder_named_by_their_group()
    {
        using var reader = fixture.Site.OpenReader();
        var files = SearchIndexExporter.Export(reader);
        files.Select(f => f.Path).ShouldContain(SearchIndexExporter.ManifestFile);
        var sections = files.Where(f => f.Path.StartsWith("sections/", StringComparison.Ordinal)).ToList();
        foreach (var file in files.Except(sections).Where(f => f.Path != SearchIndexExporter.ManifestFile))
        {
            Path.GetFileNameWithoutExtension(file.Path).ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content))[..12]);
        }

        var blockSize = SectionFiles.BlockSize;
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(files.Single(f => f.Path == SearchIndexExporter.ManifestFile).Content)!;
        var starts = manifest["sections"]!["starts"]!.AsArray().Select(s => s!.GetValue<int>()).ToList();
        var dirs = manifest["sections"]!["dirs"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        var documents = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d)).Select(d => d.Get(SearchFields.Kind) + "/" + d.Get(SearchFields.Document)).ToList();
        starts.ShouldBe(IndexParts.Cuts(documents).Select(c => c.Start), "the sections are grouped as the index is cut into parts");
        starts.Count.ShouldBeGreaterThan(1);
        dirs.Distinct().Count().ShouldBe(dirs.Count);
        for (var g = 0; g < starts.Count; g++)
        {
            var end = g + 1 < starts.Count ? starts[g + 1] : reader.MaxDoc;
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            var inGroup = sections.Where(f => f.Path.StartsWith(dirs[g], StringComparison.Ordinal)).Select(f => f.Path[dirs[g].Length..]).ToList();
            inGroup.Count(n => n.EndsWith(".json", StringComparison.Ordinal)).ShouldBe((end - starts[g] + blockSize - 1) / blockSize);
            for (var block = 0; block * blockSize < end - starts[g]; block++)
            {
                // A block, then the further pages of its sections, each section's in page order.
                var names = inGroup.Where(n => n == $"b{block}.json").Concat(
                    Enumerable.Range(block * blockSize, Math.Min(blockSize, end - starts[g] - block * blockSize)).SelectMany(local => inGroup
                        .Where(n => n.StartsWith($"{local}-", StringComparison.Ordinal))
                        .OrderBy(n => int.Parse(n[(n.IndexOf('-', StringComparison.Ordinal) + 1)..^4], System.Globalization.CultureInfo.InvariantCulture))));
                foreach (var name in names)
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
                    hash.AppendData(sections.Single(f => f.Path == dirs[g] + name).Content);
                }
            }

            dirs[g].ShouldBe($"sections/{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}/");
        }

        SearchIndexExporter.Export(reader).Select(f => f.Path).ShouldBe(files.Select(f => f.Path), "the export is deterministic");
    }

    [Fact]
    public void Gives_the_same_files_from_the_sections_the_index_was_written_from_as_from_its_stored_fields()
    {
        using var reader = fixture.Site.OpenReader();
        var sections = SectionCatalog.Of(fixture.Site.KnowledgeBase).ToList();
        var fromIndex = SearchIndexExporter.Export(reader);
        var fromSections = SearchIndexExporter.Export(reader, sections);
        fromSections.Select(f => f.Path).ShouldBe(fromIndex.Select(f => f.Path));
        foreach (var (index, given) in fromIndex.Zip(fromSections))
        {
            given.Content.ShouldBe(index.Content, index.Path);
        }

        Should.Throw<ArgumentException>(() => SearchIndexExporter.Export(reader, sections.Skip(1).ToList()));
        Should.Throw<ArgumentException>(() => SearchIndexExporter.Export(reader, [sections[1], sections[0], .. sections.Skip(2)]));
    }
}
