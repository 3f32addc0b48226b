using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Steps;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// An incremental build reuses the last build's search index and export when nothing they are made of changed, and
/// writes them again when something did: either way it publishes, byte for byte, what a full build publishes.
/// </summary>
public sealed class IncrementalSearchIndexTests
{
    [Fact]
    public void Publishes_the_search_index_of_a_full_build_reusing_the_last_one_only_when_nothing_in_it_changed()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var output = Path.Combine(folder.Path, "output");
        var options = BuildOptions.For(input, output);
        var first = Build(options);
        first.Reused.ShouldBeFalse("the first build has nothing to reuse");
        first.PartsWritten.ShouldBe(first.Parts);

        Build(options).Reused.ShouldBeTrue("nothing changed");
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-unchanged");

        // A file touched but not changed: same content, so reused; the index notes the input it now matches.
        var version = Path.Combine(input, "policies", "platform-policy", "2026-11-24.md");
        File.SetLastWriteTimeUtc(version, File.GetLastWriteTimeUtc(version).AddMinutes(5));
        Build(options).Reused.ShouldBeTrue("the touched file's content is the same");
        IndexFingerprint(options).ShouldBe(InputFingerprint.Of(input));
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-touched");

        // Only the text of its last section changes (no heading, no section added).
        File.AppendAllText(version, "\n\nWrite to the platform team about quokkas.\n");
        var edited = Build(options);
        edited.Reused.ShouldBeFalse("a version changed");
        edited.PartsWritten.ShouldBe(1, "only the part holding the edited policy is written again");
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-edited");
        using (var searcher = PolicySearcher.Open(BuildSearchIndex.IndexFolder(options)))
        {
            searcher.Search(new SearchRequest("quokkas")).Hits.ShouldNotBeEmpty("the cached index has the new words");
        }

        Build(options).Reused.ShouldBeTrue("nothing changed since the edit");
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-after-edit");

        // A build with --full writes the export again and trusts no part it has not checked.
        var full = Build(options with { Incremental = false });
        full.Reused.ShouldBeFalse();
        full.PartsWritten.ShouldBe(0, "a full build opens and checks every part, and writes again none that is whole");
    }

    [Fact]
    public void Exports_again_when_the_kept_export_is_missing_or_damaged()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var output = Path.Combine(folder.Path, "output");
        var options = BuildOptions.For(input, output);
        Build(options);
        var pack = Path.Combine(BuildSearchIndex.IndexFolder(options), PolicyKb.Search.Export.ExportCache.FileName);

        File.WriteAllBytes(pack, File.ReadAllBytes(pack)[..1000]);
        Build(options).Reused.ShouldBeTrue("the index is unchanged; only its export is written again");
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-damaged");

        File.Delete(pack);
        Build(options).Reused.ShouldBeTrue();
        ShouldBeAsAFullBuild(folder.Path, input, output, "full-missing");
        File.Exists(pack).ShouldBeTrue("the export is kept again");
    }

    private static SearchIndexBuilt Build(BuildOptions options)
    {
        var (result, context) = SiteBuilder.Build(options);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return context.Get<SearchIndexBuilt>();
    }

    private static string IndexFingerprint(BuildOptions options) =>
        PartedIndex.ReadList(BuildSearchIndex.IndexFolder(options))!.Value.Description.Fingerprint;

    /// <summary>Builds the input in full in a folder of its own (with its own cache) and compares the published search index.</summary>
    private static void ShouldBeAsAFullBuild(string root, string input, string output, string name)
    {
        var full = Path.Combine(root, name, "output");
        SiteBuilder.Build(BuildOptions.For(input, full) with { Incremental = false }).Result.Succeeded.ShouldBeTrue();
        var expected = Path.Combine(full, BuildSearchIndex.OutputFolder);
        var actual = Path.Combine(output, BuildSearchIndex.OutputFolder);
        OutputFolder.Files(expected).ShouldNotBeEmpty();
        OutputFolder.ShouldHoldTheSameFilesAs(actual, expected, name);
    }
}
