using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKb.Search.Export;
using PolicyKb.Search.Export.Format;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Tests.Js;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>
/// The records of Export/Format are the whole specification of the export's JSON, and the script's typedefs name
/// exactly what they write.
/// </summary>
public sealed partial class ExportFormatTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void The_manifest_and_every_section_file_read_back_into_their_records_and_write_the_same_bytes()
    {
        using var reader = fixture.Site.OpenReader();
        var files = SearchIndexExporter.Export(reader);

        var manifest = files.Single(f => f.Path == SearchIndexExporter.ManifestFile).Content;
        var read = JsonSerializer.Deserialize(manifest, ExportJson.Default.SearchManifest)!;
        read.Format.ShouldBe(SearchManifest.CurrentFormat);
        JsonSerializer.SerializeToUtf8Bytes(read, ExportJson.Default.SearchManifest).ShouldBe(manifest, "the manifest holds nothing its record does not");

        var blocks = files.Where(f => f.Path.StartsWith("sections/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)).ToList();
        var sections = 0;
        foreach (var block in blocks)
        {
            var file = JsonSerializer.Deserialize(block.Content, ExportJson.Default.SectionFileArray)!;
            file.Length.ShouldBeInRange(1, read.Sections.BlockSize, block.Path);
            JsonSerializer.SerializeToUtf8Bytes(file, ExportJson.Default.SectionFileArray).ShouldBe(block.Content, block.Path);
            sections += file.Length;
        }

        sections.ShouldBe(read.MaxDoc);
    }

    [Fact]
    public void The_scripts_typedefs_name_the_properties_of_the_records_they_point_to_in_their_order()
    {
        var script = File.ReadAllText(Path.Combine(NodeScript.ThemeSearchFolder, "index-files.js"));
        var typedefs = Typedef().Matches(script)
            .Where(m => m.Groups["file"].Success)
            .ToDictionary(m => m.Groups["name"].Value, m => m, StringComparer.Ordinal);

        var records = new[]
        {
            typeof(SearchManifest), typeof(Bm25Settings), typeof(FieldStatistics), typeof(QuerySettings), typeof(SnippetSettings),
            typeof(SuggestSettings), typeof(AudienceLabel), typeof(SynonymForm), typeof(ShardList),
            typeof(PositionFiles), typeof(SectionGroups), typeof(SectionFile),
        };
        typedefs.Keys.Order(StringComparer.Ordinal).ShouldBe(records.Select(r => r.Name).Order(StringComparer.Ordinal));
        foreach (var record in records)
        {
            var typedef = typedefs[record.Name];
            var file = typedef.Groups["file"].Value;
            File.Exists(Path.Combine(TestPaths.Repository, file)).ShouldBeTrue($"{record.Name} points to {file}");
            Path.GetFileNameWithoutExtension(file).ShouldBe(record.Name);

            var written = ExportJson.Default.GetTypeInfo(record)!.Properties.Select(p => p.Name);
            Property().Matches(typedef.Groups["body"].Value).Select(p => p.Groups[1].Value).ShouldBe(written, record.Name);
        }
    }

    /// <summary>A JSDoc comment that points to a C# file (in its first line) and declares a typedef.</summary>
    [GeneratedRegex(@"/\*\*\s*\*\s*[^\n]*?(?<file>src/PolicyKb\.Search/[\w/]+\.cs)?\.\s*\n\s*\*\s*@typedef \{object\} (?<name>\w+)(?<body>(?:\s*\*\s*@property[^\n]*)*)")]
    private static partial Regex Typedef();

    [GeneratedRegex(@"@property \{[^}]*\} \[?(\w+)")]
    private static partial Regex Property();
}
