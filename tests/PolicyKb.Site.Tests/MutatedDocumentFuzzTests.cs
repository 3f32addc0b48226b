using System.Text;
using System.Text.RegularExpressions;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Importing.Markdown;
using PolicyKb.Importing.Memos;
using PolicyKb.Importing.TextFiles;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;
using PolicyKb.Tests.Fuzzing;
using Xunit.Abstractions;

namespace PolicyKb.Tests;

/// <summary>
/// A fuzz test: documents of the seeds and the corpus, mutated at random with a fixed seed (see <see cref="Mutants"/>:
/// bytes and lines inserted, deleted and repeated, script payloads and dangerous links injected, brackets and emphasis
/// left open, control characters, deep list prefixes). Every mutant is imported by the real importers, which must not throw and must
/// report any refusal as <c>path:line</c> in the mutant; then all of them are built into sites through
/// <see cref="SiteBuilder"/>, batched as separate policies and memos, and every page must be free of anything a
/// payload could have put there (see <see cref="PageSafety"/>).
/// </summary>
public sealed partial class MutatedDocumentFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int MutantsPerBuild = 50;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Mutated_documents_never_crash_the_importers_or_put_a_payload_on_a_page()
    {
        await Task.Run(Run).WaitAsync(TimeSpan.FromMinutes(3)); // each build also has its own minute
    }

    private async Task Run()
    {
        var mutants = Mutants.Make();
        var failures = new List<string>();
        foreach (var mutant in mutants)
        {
            Import(mutant, failures);
        }

        failures.ShouldBeEmpty();

        var input = _folder.CopyFrom(TestPaths.Input, "input");
        var published = 0;
        var escapedPayloads = 0;
        var scanned = 0;
        var memos = 0;
        foreach (var batch in mutants.Chunk(MutantsPerBuild))
        {
            var (pages, publishedInBatch, memosInBatch) = await BuildAsync(input, batch, failures);
            published += publishedInBatch;
            memos += memosInBatch;
            scanned += pages.Count;
            foreach (var (path, html) in pages)
            {
                failures.AddRange(PageSafety.Unsafe(html).Select(problem => $"{path}: {problem}"));
                escapedPayloads += html.Contains("&lt;script&gt;", StringComparison.Ordinal) || html.Contains("&lt;img", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        output.WriteLine($"seed {Mutants.Seed}: {mutants.Count} mutants, {published} built into pages ({memos} memos), {scanned} pages and feeds scanned, {escapedPayloads} with a payload shown as text");
        failures.ShouldBeEmpty();
        // Not a vacuous pass: most mutants became pages, and payloads reached them as text.
        published.ShouldBeGreaterThan(Mutants.Count / 2);
        escapedPayloads.ShouldBeGreaterThan(10);
    }

    public static TheoryData<string> WhatPayloadsWouldLeave() =>
    [
        "<script>alert(1)</script>",
        "<script type=\"module\" src=\"https://evil.example/x.js\"></script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\" java\tscript:alert(1)\">x</a>",
        "<a href=\"DATA:text/html,x\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"/\"></iframe>",
        "<object data=\"/x\"></object>",
        "<embed src=\"/x\">",
        "<form action=\"https://evil.example/\"></form>",
        "<p style=\"color:red\">x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=/\">",
    ];

    [Theory]
    [MemberData(nameof(WhatPayloadsWouldLeave))]
    public void The_page_check_finds_what_a_payload_would_leave(string markup) =>
        PageSafety.Unsafe($"<!doctype html><html><head><script type=\"module\" src=\"/assets/site.js\"></script></head><body><main>{markup}</main></body></html>").ShouldNotBeEmpty();

    [Fact]
    public void The_page_check_passes_the_seed_site()
    {
        foreach (var page in SeedSite.Context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".xml", StringComparison.Ordinal)))
        {
            PageSafety.Unsafe(Encoding.UTF8.GetString(page.Value)).ShouldBeEmpty(page.Key);
        }
    }

    /// <summary>Imports one mutant the way the input reader does: decode, then the importer of its kind.</summary>
    private static void Import(Mutant mutant, List<string> failures)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var text = InputFileReader.Decode(mutant.Bytes, mutant.Path, diagnostics);
            if (text is not null)
            {
                var source = new SourceText(mutant.Path, text);
                _ = mutant.Kind switch
                {
                    MutantKind.Memo => (object?)new MemoImporter().Import(mutant.Id, source, diagnostics),
                    MutantKind.Text => new PlainTextImporter().Import(source, ImportOptions.Default, diagnostics),
                    _ => new MarkdownImporter().Import(source, ImportOptions.Default, diagnostics),
                };
            }
        }
        catch (Exception e)
        {
            failures.Add($"{mutant}: the importer threw {e}");
            return;
        }

        var lines = mutant.Bytes.Count(b => b == (byte)'\n') + 1;
        foreach (var diagnostic in diagnostics.All)
        {
            if (diagnostic.Location.Path != mutant.Path || diagnostic.Location.Line < 1 || diagnostic.Location.Line > lines || !WellFormed().IsMatch(diagnostic.ToString()))
            {
                failures.Add($"{mutant}: badly placed diagnostic {diagnostic}");
            }
        }
    }

    /// <summary>
    /// Builds the seed input with a batch of mutants added. Mutants the build refuses must be refused with diagnostics
    /// in their own files; they are taken out and the rest is built again, which must succeed.
    /// </summary>
    private async Task<(List<(string Path, string Html)> Pages, int Published, int Memos)> BuildAsync(string input, Mutant[] batch, List<string> failures)
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(input, "policies"), "fuzz-*"))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(input, "memos"), "fuzz-*"))
        {
            File.Delete(file);
        }

        foreach (var mutant in batch)
        {
            mutant.Write(input);
        }

        var remaining = batch.ToList();
        for (var attempt = 0; ; attempt++)
        {
            var options = BuildOptions.For(input, Path.Combine(_folder.Path, "output")) with { Incremental = false };
            var (result, context) = await Task.Run(() => SiteBuilder.Build(options, Path.Combine(TestPaths.Repository, "theme"), publish: false)).WaitAsync(Limit);
            if (result.Succeeded)
            {
                var pages = context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".xml", StringComparison.Ordinal))
                    .Select(f => (f.Key, Encoding.UTF8.GetString(f.Value))).ToList();
                return (pages, remaining.Count, context.Get<LinkedKnowledgeBase>().KnowledgeBase.Memos.Count(m => m.Id.StartsWith("fuzz-", StringComparison.Ordinal)));
            }

            var refused = new HashSet<Mutant>();
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var owner = remaining.FirstOrDefault(m => m.Owns(diagnostic.Location.Path));
                if (owner is null || !WellFormed().IsMatch(diagnostic.ToString()))
                {
                    failures.Add($"a batch of mutants ({string.Join(", ", batch.Select(m => m.Id))}) gave a diagnostic outside them: {diagnostic}");
                    continue;
                }

                refused.Add(owner);
            }

            if (refused.Count == 0 || attempt == 2)
            {
                failures.Add($"the build of a batch failed in step {result.FailedStep}: {string.Join("\n", result.Diagnostics)}");
                return ([], 0, 0);
            }

            foreach (var mutant in refused)
            {
                mutant.Remove(input);
                remaining.Remove(mutant);
            }
        }
    }

    [GeneratedRegex(@"^[^\n]+:\d+: (error|warning): \S[^\n]*$")]
    private static partial Regex WellFormed();

}
