using PolicyKb.Pipeline;
using PolicyKb.Site;
using PolicyKb.Site.Serving;

namespace PolicyKb.Tests.Serving;

/// <summary>
/// <c>serve</c>'s rebuilds (<see cref="LiveSite"/>): after each edit of the real input, the pages and then the search
/// index are published in place, and the output folder then holds exactly what a full build of the edited input
/// publishes, with the same problems reported, though unchanged policies were not read, linked or compared again and
/// unchanged files were not written.
/// </summary>
public sealed class LiveSiteTests
{
    private static readonly string Theme = Path.Combine(TestPaths.Repository, "theme");

    [Fact]
    public void Rebuilds_after_edits_publish_in_place_what_a_full_build_publishes()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        // A source definition link no glossary term claims: the linker warns, and a rebuild that takes the platform
        // policy from its caches must warn again.
        File.AppendAllText(Path.Combine(input, "policies", "platform-policy", "2026-11-24.md"),
            "\n\nSee our [affiliates](https://example.com/policy/?annotations[0]=Definition-Affiliate).\n");
        var (live, options, first, context) = Serve(folder, input);
        first.Diagnostics.ShouldContain(d => d.Message.Contains("Definition-Affiliate", StringComparison.Ordinal));
        var pageCount = context.Output.Files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal));
        var untouched = Path.Combine(options.OutputDirectory, "policies", "terms-of-use", "index.html");
        var untouchedWritten = File.GetLastWriteTimeUtc(untouched);

        // An edit of the current privacy policy.
        var privacy = Path.Combine(input, "policies", "privacy-policy");
        File.AppendAllText(Path.Combine(privacy, "2025-06-16.md"), "\n\nThis sentence was added by the live rebuild test.\n");
        var edited = Rebuild(live, folder, options, "after an edit");
        live.Reused.Policies.ShouldBe(3, "the three other policies are not read again");
        live.Reused.Versions.ShouldBe(4, "the three other policies' versions and the privacy policy's older one are not linked again");
        edited.Rendered.ShouldBeGreaterThan(0);
        edited.Rendered.ShouldBeLessThan(pageCount, "the other policies' pages do not depend on it");
        edited.Written.ShouldBeLessThan(edited.Rendered + 10, "a page rendered to the same bytes is not written again");
        File.GetLastWriteTimeUtc(untouched).ShouldBe(untouchedWritten, "a page that did not change is not written again");

        // A new version, then that version removed again: its pages are deleted.
        File.WriteAllText(Path.Combine(privacy, "2026-01-05.md"),
            File.ReadAllText(Path.Combine(privacy, "2025-06-16.md")) + "\n\nA paragraph that only the newest version has.\n");
        var comparisons = live.Reused.Comparisons;
        Rebuild(live, folder, options, "after a new version");
        live.Reused.Comparisons.ShouldBe(comparisons + 1, "the two older versions are not compared again");
        var newVersionPage = Path.Combine(options.OutputDirectory, "policies", "privacy-policy", "2026-01-05", "index.html");
        File.Exists(newVersionPage).ShouldBeTrue();

        File.Delete(Path.Combine(privacy, "2026-01-05.md"));
        var removed = Rebuild(live, folder, options, "after the version was removed");
        removed.Deleted.ShouldBeGreaterThan(0);
        Directory.Exists(Path.GetDirectoryName(newVersionPage)).ShouldBeFalse("a removed page's folder goes with it");
    }

    [Fact]
    public void A_rebuild_after_another_build_replaced_the_output_publishes_the_whole_site_again()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var (live, options, _, _) = Serve(folder, input);

        // `policykb build --base-url …` to the same folder while serve runs: every page has other addresses.
        var (other, _) = SiteBuilder.Build(options with { BaseUrl = "https://elsewhere.example.org/" }, Theme);
        other.Succeeded.ShouldBeTrue(string.Join("\n", other.Diagnostics));
        File.ReadAllText(Path.Combine(options.OutputDirectory, "sitemap.xml")).ShouldContain("elsewhere.example.org");

        File.AppendAllText(Path.Combine(input, "policies", "platform-policy", "2026-11-24.md"), "\n\nA sentence added while another build ran.\n");
        Rebuild(live, folder, options, "after another build replaced the output");
        File.ReadAllText(Path.Combine(options.OutputDirectory, "sitemap.xml")).ShouldNotContain("elsewhere.example.org");
    }

    [Fact]
    public void A_failed_rebuild_publishes_nothing_and_the_next_one_recovers()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var (live, options, _, _) = Serve(folder, input);
        var before = OutputFolder.Files(options.OutputDirectory);

        var broken = Path.Combine(input, "policies", "platform-policy", "policy.yml");
        var metadata = File.ReadAllText(broken);
        File.WriteAllText(broken, "title: [unclosed\n");
        var failed = live.RebuildPages(null);
        failed.Result.Succeeded.ShouldBeFalse();
        failed.Result.Diagnostics.ShouldContain(d => d.Location.Path == "policies/platform-policy/policy.yml");
        failed.Written.ShouldBe(0);
        OutputFolder.Files(options.OutputDirectory).ShouldBe(before);

        File.WriteAllText(broken, metadata);
        File.AppendAllText(Path.Combine(input, "policies", "platform-policy", "2026-11-24.md"), "\n\nA sentence added after the fix.\n");
        Rebuild(live, folder, options, "after the fix");
    }

    /// <summary>What serve does first: a whole build of <paramref name="input"/> that fills the caches, published, and the live site of it.</summary>
    private static (LiveSite Live, BuildOptions Options, BuildResult First, BuildContext Context) Serve(TempFolder folder, string input)
    {
        var options = BuildOptions.For(input, Path.Combine(folder.Path, "live"));
        var caches = new RebuildCaches();
        var (first, context) = SiteBuilder.Build(options, Theme, prepare: caches.AddTo);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        return (new LiveSite(options, Theme, context, caches), options, first, context);
    }

    /// <summary>Rebuilds the pages, then the search index, and checks the output against a full build of the same input.</summary>
    private static LivePages Rebuild(LiveSite live, TempFolder folder, BuildOptions options, string what)
    {
        var pages = live.RebuildPages(null);
        pages.Result.Succeeded.ShouldBeTrue($"{what}: " + string.Join("\n", pages.Result.Diagnostics));
        var search = live.RebuildSearchIndex(pages);
        search.Succeeded.ShouldBeTrue($"{what}: " + string.Join("\n", search.Diagnostics));

        var full = BuildOptions.For(options.InputDirectory, Path.Combine(folder.Path, "full-" + Guid.NewGuid().ToString("N")[..8])) with { Incremental = false };
        var (expected, _) = SiteBuilder.Build(full, Theme);
        expected.Succeeded.ShouldBeTrue($"{what}: " + string.Join("\n", expected.Diagnostics));
        OutputFolder.ShouldHoldTheSameFilesAs(options.OutputDirectory, full.OutputDirectory, what);
        search.Diagnostics.Select(d => d.ToString()).ShouldBe(expected.Diagnostics.Select(d => d.ToString()), what);
        return pages;
    }
}
