using System.Diagnostics;
using System.Text;
using PolicyKb.Publishing;

namespace PolicyKb.Tests.Publishing;

/// <summary>
/// Publishing replaces the output folder whole, and a file identical to the previous output's is that file again (a
/// hard link), not a copy: the previous output is never written over.
/// </summary>
public sealed class OutputPublisherTests
{
    [Fact]
    public void Replaces_the_output_and_links_the_files_that_did_not_change()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "output");
        OutputPublisher.Publish(Files(("index.html", "home"), ("a/page.html", "first"), ("gone.html", "old")), output);
        var unchanged = Inode(Path.Combine(output, "index.html"));
        var changed = Inode(Path.Combine(output, "a", "page.html"));

        OutputPublisher.Publish(Files(("index.html", "home"), ("a/page.html", "second"), ("new.html", "new")), output);

        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            .ShouldBe(["a/page.html", "index.html", "new.html"]);
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("home");
        File.ReadAllText(Path.Combine(output, "a", "page.html")).ShouldBe("second");
        Directory.GetDirectories(folder.Path).Select(Path.GetFileName).ShouldBe(["output"], "no staging or retired folder is left");
        if (OperatingSystem.IsLinux())
        {
            Inode(Path.Combine(output, "index.html")).ShouldBe(unchanged, "an unchanged file is linked, not written again");
            Inode(Path.Combine(output, "a", "page.html")).ShouldNotBe(changed, "a changed file is a new file");
        }
    }

    [Fact]
    public void A_file_read_unchanged_from_the_previous_output_is_linked_while_it_has_the_time_it_was_read_at()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "output");
        OutputPublisher.Publish(Files(("kept.html", "kept"), ("moved.html", "aaaa")), output);
        var kept = Path.Combine(output, "kept.html");
        var moved = Path.Combine(output, "moved.html");
        var keptInode = Inode(kept);
        var readAt = new Dictionary<string, DateTime>(StringComparer.Ordinal)
        {
            ["kept.html"] = File.GetLastWriteTimeUtc(kept),
            // Replaced since it was read (by a build beside this one, say): the same size, another time, other content.
            ["moved.html"] = File.GetLastWriteTimeUtc(moved).AddSeconds(-5),
        };

        OutputPublisher.Publish(Files(("kept.html", "kept"), ("moved.html", "bbbb")), output, readAt);

        File.ReadAllText(kept).ShouldBe("kept");
        File.ReadAllText(moved).ShouldBe("bbbb", "a file whose time is not the one it was read at is compared, and written");
        if (OperatingSystem.IsLinux())
        {
            Inode(kept).ShouldBe(keptInode, "the file read unchanged is linked");
        }
    }

    [Fact]
    public void Publishes_to_one_output_at_once_take_turns()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "output");
        var sites = Enumerable.Range(0, 4).Select(n => Files(
            [.. Enumerable.Range(0, 200).Select(i => ($"pages/{i}.html", i % 2 == 0 ? "shared" : $"site {n} page {i}")), ("index.html", $"site {n}")])).ToList();

        for (var round = 0; round < 5; round++)
        {
            // Every publish succeeds, and the output is one of them whole, never a mixture.
            using var start = new Barrier(sites.Count);
            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            var threads = sites.Select(site => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    OutputPublisher.Publish(site, output);
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            failures.ShouldBeEmpty();

            var index = File.ReadAllText(Path.Combine(output, "index.html"));
            var site = sites[int.Parse(index["site ".Length..], System.Globalization.CultureInfo.InvariantCulture)];
            foreach (var (path, content) in site)
            {
                File.ReadAllBytes(Path.Combine(output, path)).ShouldBe(content, path);
            }

            Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length.ShouldBe(site.Count);
            Directory.GetDirectories(folder.Path).Select(Path.GetFileName).ShouldBe(["output"], "no staging or retired folder is left");
        }
    }

    private static List<KeyValuePair<string, byte[]>> Files(params (string Path, string Text)[] files) =>
        [.. files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => KeyValuePair.Create(f.Path, Encoding.UTF8.GetBytes(f.Text)))];

    private static string Inode(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "";
        }

        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }
}
