using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing;
using PolicyKb.Importing.Markdown;
using PolicyKb.Importing.Memos;
using PolicyKb.Importing.TextFiles;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site;
using PolicyKb.Words;
using Xunit.Abstractions;

namespace PolicyKb.Tests;

/// <summary>
/// A fuzz test: documents of the seeds and the corpus, mutated at random with a fixed seed (bytes and lines inserted,
/// deleted and repeated, script payloads and dangerous links injected, brackets and emphasis left open, control
/// characters, deep list prefixes). Every mutant is imported by the real importers, which must not throw and must
/// report any refusal as <c>path:line</c> in the mutant; then all of them are built into sites through
/// <see cref="SiteBuilder"/>, batched as separate policies and memos, and every page must be free of anything a
/// payload could have put there: scripts other than the site's own, event handler attributes, <c>javascript:</c>,
/// <c>data:</c> or <c>vbscript:</c> targets, and svg, iframe, object, embed elements and their kin.
/// </summary>
public sealed partial class MutatedDocumentFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// The seed and count of every run, so a failure names a mutant the next run makes again. To explore other
    /// mutants, set POLICYKB_FUZZ_SEED (and POLICYKB_FUZZ_COUNT) in the environment.
    /// </summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_FUZZ_SEED"), out var seed) ? seed : 20_251_124;

    private static readonly int MutantCount = int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_FUZZ_COUNT"), out var count) ? count : 150;

    private const int MutantsPerBuild = 50;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT>window.__xss=1</SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<script src=\"https://evil.example/x.js\"></script>",
        "<scr<script>ipt>alert(1)</script>",
        "<!-- --><script>alert(1)</script><!-- -->",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\" alt=\"pic\">",
        "<img src=\"a.png\" srcset=\"javascript:alert(1) 1x\">",
        "\"><svg onload=alert(1)>",
        "'><svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\" jav&#x09;ascript:alert(1)\">click</a>",
        "<a href=\"java\nscript:alert(1)\">click</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<a href=\"https://example.org/\" onclick=\"alert(1)\">ok</a>",
        "<a href=\"#\" onfocus=\"alert(1)\" autofocus>x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1) \"title\")",
        "[click](&#106;avascript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![pic](javascript:alert(1))",
        "![pic\"onerror=\"alert(1)](x.png)",
        "[a link][evil]\n\n[evil]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">x</div>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<details open ontoggle=alert(1)>x</details>",
        "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
        "<video><source onerror=\"alert(1)\"></video>",
        "</textarea><script>alert(1)</script>",
        "<xmp><script>alert(1)</script></xmp>",
        "<template><script>alert(1)</script></template>",
        "\\<script\\>alert(1)\\</script\\>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "the Payload (\"&lt;img src=x onerror=alert(1)&gt;\") is defined here",
        "the Content (“<svg onload=alert(1)>”) is defined here",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "    <script>alert(1)</script>",
    ];

    private static readonly string[] Unbalanced =
        ["[[[[[", "]]]", "](", "[x](", "***", "**", "__", "_", "`", "```", "<!--", "-->", "<div>", "</p>", "<a href=", "|---|", "| a | b |", "\\", "&", "&#", "&#x", "<", ">", "(", "\"", "“", "#", "######", "===", "---", "* * *"];

    private static readonly char[] ControlCharacters =
        ['\u0001', '\u0008', '\u000B', '\u000C', '\r', '\u001B', '\u001F', '\u007F', '\u0085', '\u00A0', '\u00AD', '\u200B', '\u200D', '\u200E', '\u202E', '\u2028', '\u2029', '\u2066', '\uFEFF', '\uFFFD', '\uD800'];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Mutated_documents_never_crash_the_importers_or_put_a_payload_on_a_page()
    {
        await Task.Run(Run).WaitAsync(TimeSpan.FromMinutes(3)); // each build also has its own minute
    }

    private async Task Run()
    {
        var mutants = Mutants();
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
                failures.AddRange(Unsafe(html).Select(problem => $"{path}: {problem}"));
                escapedPayloads += html.Contains("&lt;script&gt;", StringComparison.Ordinal) || html.Contains("&lt;img", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        output.WriteLine($"seed {Seed}: {mutants.Count} mutants, {published} built into pages ({memos} memos), {scanned} pages and feeds scanned, {escapedPayloads} with a payload shown as text");
        failures.ShouldBeEmpty();
        // Not a vacuous pass: most mutants became pages, and payloads reached them as text.
        published.ShouldBeGreaterThan(MutantCount / 2);
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
        Unsafe($"<!doctype html><html><head><script type=\"module\" src=\"/assets/site.js\"></script></head><body><main>{markup}</main></body></html>").ShouldNotBeEmpty();

    [Fact]
    public void The_page_check_passes_the_seed_site()
    {
        foreach (var page in SeedSite.Context.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Unsafe(Encoding.UTF8.GetString(page.Value)).ShouldBeEmpty(page.Key);
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

    /// <summary>What a payload could have left on a page, if anything.</summary>
    private static IEnumerable<string> Unsafe(string html)
    {
        if (html.StartsWith("<?xml", StringComparison.Ordinal))
        {
            // The feed and the sitemap: well-formed XML, and no markup from documents, which would be text there.
            XDocument xml;
            try
            {
                xml = XDocument.Parse(html);
            }
            catch (System.Xml.XmlException e)
            {
                return [$"not well-formed XML: {e.Message}"];
            }

            return xml.Descendants().Where(e => e.Name.LocalName is "script" or "svg" or "iframe").Select(e => $"a <{e.Name.LocalName}> element in XML");
        }

        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                if (element.GetAttribute("type") != "module" || element.GetAttribute("src") is not { } src || !src.StartsWith("/assets/", StringComparison.Ordinal) || element.TextContent.Length > 0)
                {
                    problems.Add($"a script that is not the site's own: {element.OuterHtml}");
                }
            }
            else if (name == "noscript" && element.ParentElement?.QuerySelector(":scope > #search-results") is not null)
            {
                continue; // the search page's own note for readers without script
            }
            else if (ForbiddenElements.Contains(name) || (name == "meta" && element.HasAttribute("http-equiv")))
            {
                problems.Add($"a <{name}> element: {Short(element.OuterHtml)}");
            }
            else if (name == "form" && element.GetAttribute("action") != "/search/")
            {
                problems.Add($"a form that is not the site's search: {Short(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal) || attributeName is "style" or "srcdoc")
                {
                    problems.Add($"a {attributeName} attribute: {Short(element.OuterHtml)}");
                }
                else if (UrlAttributes.Contains(attributeName) && DangerousUrl(attributeName, attribute.Value))
                {
                    problems.Add($"a {attributeName} with a dangerous target: {Short(attribute.Value)}");
                }
            }
        }

        return problems;
    }

    private static readonly HashSet<string> ForbiddenElements =
        ["svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "template", "noscript", "xmp", "textarea", "video", "audio", "source"];

    private static readonly HashSet<string> UrlAttributes =
        ["href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping", "longdesc", "manifest", "codebase"];

    /// <summary>
    /// Whether a URL (or any candidate of a srcset) would run script or load a document of its own: its scheme is
    /// javascript:, vbscript: or data:, however spaced (browsers ignore white space and controls in the scheme).
    /// </summary>
    private static bool DangerousUrl(string name, string value) =>
        (name == "srcset" ? value.Split(',') : [value]).Any(url =>
            new string([.. url.Where(c => c > ' ')]).ToLowerInvariant() is var folded
            && (folded.StartsWith("javascript:", StringComparison.Ordinal) || folded.StartsWith("vbscript:", StringComparison.Ordinal) || folded.StartsWith("data:", StringComparison.Ordinal)));

    private static string Short(string text) => text.Length <= 200 ? text : text[..200] + "…";

    [GeneratedRegex(@"^(html_)?description:.*\n", RegexOptions.Multiline)]
    private static partial Regex DescriptionLine();

    [GeneratedRegex(@"^[^\n]+:\d+: (error|warning): \S[^\n]*$")]
    private static partial Regex WellFormed();

    /// <summary>The mutants, the same on every run: each a document of the seeds or the corpus with a few mutations.</summary>
    private static List<Mutant> Mutants()
    {
        var random = new Random(Seed);
        var sources = Sources();
        var memoSources = sources.Where(s => s.Kind == MutantKind.Memo).ToList();
        var documentSources = sources.Where(s => s.Kind != MutantKind.Memo).ToList();
        var mutants = new List<Mutant>(MutantCount);
        for (var i = 0; i < MutantCount; i++)
        {
            // A third are memos: fewer of them survive their mutations, as front matter breaks easily.
            var pool = random.Next(3) == 0 ? memoSources : documentSources;
            var (origin, kind, text) = pool[random.Next(pool.Count)];
            var mutations = new List<string>();
            var mutated = text;
            if (kind == MutantKind.Memo && random.Next(2) == 0)
            {
                // Without a description, the memo's first paragraph is its summary in lists and in the feed.
                mutated = DescriptionLine().Replace(mutated, "");
                mutations.Add("description removed");
            }

            for (var count = random.Next(1, 8); count > 0; count--)
            {
                mutated = Mutate(mutated, random, mutations);
            }

            var bytes = Encoding.UTF8.GetBytes(mutated);
            if (random.Next(25) == 0 && bytes.Length > 0)
            {
                // A byte that breaks UTF-8, as a bad copy or a wrong encoding would.
                var at = random.Next(bytes.Length);
                bytes[at] = (byte)(0x80 | random.Next(0x80));
                mutations.Add($"byte at {at} set to 0x{bytes[at]:X2}");
            }

            var title = random.Next(5) == 0 ? Payloads[random.Next(Payloads.Length)].Replace("\n", " ", StringComparison.Ordinal) + " policy" : null;
            var withOriginal = kind != MutantKind.Memo && random.Next(3) == 0;
            mutants.Add(new Mutant(i, origin, kind, bytes, [.. mutations], title, withOriginal ? Encoding.UTF8.GetBytes(text) : null, random.Next(3)));
        }

        return mutants;
    }

    private static List<(string Origin, MutantKind Kind, string Text)> Sources()
    {
        var seeds = Directory.GetFiles(Path.Combine(TestPaths.Input, "policies"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => (f, f.EndsWith(".txt", StringComparison.Ordinal) ? MutantKind.Text : MutantKind.Markdown));
        var memos = Directory.GetFiles(Path.Combine(TestPaths.Input, "memos"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Corpus, "memos"), "*.md").Order(StringComparer.Ordinal).Take(8))
            .Select(f => (f, MutantKind.Memo));
        // The smaller documents of the corpus, so that many mutants build quickly.
        var corpus = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 20_000)
            .Select(f => (f, MutantKind.Markdown));
        return [.. seeds.Concat(memos).Concat(corpus)
            .OrderBy(s => s.f, StringComparer.Ordinal)
            .Select(s => (Path.GetRelativePath(TestPaths.Shared, s.f), s.Item2, File.ReadAllText(s.f)))];
    }

    private static string Mutate(string text, Random random, List<string> log)
    {
        // A quarter of the mutations go to the head of the document, where front matter, the title and the first
        // paragraph are: what excerpts, feeds and page titles show.
        var at = random.Next(4) == 0 ? random.Next(Math.Min(text.Length, 1500) + 1) : random.Next(text.Length + 1);
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        switch (random.Next(13))
        {
            case 0:
            case 1:
            {
                var payload = Payloads[random.Next(Payloads.Length)];
                var place = random.Next(2) == 0 ? lineStart : at;
                log.Add($"payload {payload.ReplaceLineEndings(" ")} at {place}");
                return text.Insert(place, random.Next(2) == 0 ? payload : "\n\n" + payload + "\n\n");
            }

            case 2:
            {
                var length = Math.Min(random.Next(1, 200), text.Length - at);
                log.Add($"deleted {length} at {at}");
                return text.Remove(at, length);
            }

            case 3:
            {
                var length = Math.Min(random.Next(1, 500), text.Length - at);
                var to = random.Next(text.Length + 1);
                log.Add($"repeated {length} from {at} at {to}");
                return text.Insert(to, text.Substring(at, length));
            }

            case 4:
            {
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                var what = random.Next(4);
                switch (what)
                {
                    case 0:
                        lines.RemoveAt(line);
                        break;
                    case 1:
                        lines.Insert(line, lines[line]);
                        break;
                    case 2:
                        var other = random.Next(lines.Count);
                        (lines[line], lines[other]) = (lines[other], lines[line]);
                        break;
                    default:
                        lines.Insert(line, "");
                        break;
                }

                log.Add($"line {line + 1} {(what switch { 0 => "deleted", 1 => "repeated", 2 => "swapped", _ => "blank line inserted" })}");
                return string.Join('\n', lines);
            }

            case 5:
            case 6:
            {
                var mark = Unbalanced[random.Next(Unbalanced.Length)];
                log.Add($"{mark} at {at}");
                return text.Insert(at, mark);
            }

            case 7:
            {
                // Sprinkled over the text, so that some land in titles, headings and first paragraphs.
                var builder = new StringBuilder(text);
                var count = random.Next(1, 40);
                for (var i = 0; i < count; i++)
                {
                    builder.Insert(random.Next(builder.Length + 1), ControlCharacters[random.Next(ControlCharacters.Length)]);
                }

                log.Add($"{count} control characters");
                return builder.ToString();
            }

            case 8:
            {
                // Rarely a NUL: it makes the file binary, which is refused whole.
                var nul = random.Next(8) == 0;
                var length = random.Next(1, 9);
                var inserted = new string([.. Enumerable.Range(0, length).Select(_ => nul ? '\0' : (char)random.Next(0x20, 0x7F))]);
                log.Add($"{(nul ? "NUL" : "characters")} {inserted.Replace("\0", "\\0", StringComparison.Ordinal)} at {at}");
                return text.Insert(at, inserted);
            }

            case 9:
            {
                var depth = random.Next(1, 100);
                var prefix = random.Next(3) switch
                {
                    0 => string.Concat(Enumerable.Repeat("- ", depth)),
                    1 => string.Concat(Enumerable.Repeat("> ", depth)),
                    _ => string.Concat(Enumerable.Range(0, depth).Select(level => new string(' ', 2 * level) + "- item\n")),
                };
                log.Add($"nesting of {depth} at line start {lineStart}");
                return text.Insert(lineStart, prefix);
            }

            case 10:
            {
                var length = random.Next(text.Length + 1);
                log.Add($"cut at {length}");
                return text[..length];
            }

            case 11:
            {
                // Many bytes of one kind, which parsers often handle in loops of their own.
                var run = new string("*_[<`>|-#"[random.Next(9)], random.Next(10, 5000));
                log.Add($"run of {run.Length} {run[0]} at {at}");
                return text.Insert(at, run);
            }

            default:
            {
                var heading = "## " + Payloads[random.Next(Payloads.Length)].Replace("\n", " ", StringComparison.Ordinal);
                log.Add($"heading {heading} at line start {lineStart}");
                return text.Insert(lineStart, heading + "\n\n");
            }
        }
    }

    private enum MutantKind
    {
        Markdown,
        Text,
        Memo,
    }

    /// <summary>One mutated document and where it goes in an input folder: a policy of its own, or a memo.</summary>
    private sealed record Mutant(int Number, string Origin, MutantKind Kind, byte[] Bytes, string[] Mutations, string? Title, byte[]? Original, int Audience)
    {
        public string Id => $"fuzz-{Number:D3}";

        private string Folder => $"policies/{Id}";

        public string Path => Kind == MutantKind.Memo ? $"memos/{Id}.md" : $"{Folder}/2025-01-01.{(Kind == MutantKind.Text ? "txt" : "md")}";

        public bool Owns(string path) => path == Path || path.StartsWith(Folder + "/", StringComparison.Ordinal);

        public void Write(string input)
        {
            if (Kind != MutantKind.Memo)
            {
                var title = Title is null ? $"Fuzz {Number}" : Title;
                var audience = new[] { "users", "developers", "law-enforcement" }[Audience];
                Put(input, $"{Folder}/policy.yml",
                    Encoding.UTF8.GetBytes($"title: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\nkind: Fuzz\naudiences: [{audience}]\nlanguage: en\nsource_url: https://example.com/legal/{Id}\n"));
                if (Original is not null)
                {
                    Put(input, $"{Folder}/2024-01-01.{(Kind == MutantKind.Text ? "txt" : "md")}", Original);
                }
            }

            Put(input, Path, Bytes);
        }

        public void Remove(string input)
        {
            var full = System.IO.Path.Combine(input, Kind == MutantKind.Memo ? Path : Folder);
            if (Kind == MutantKind.Memo)
            {
                File.Delete(full);
            }
            else
            {
                Directory.Delete(full, recursive: true);
            }
        }

        public override string ToString() => $"mutant {Number} of {Origin} ({string.Join("; ", Mutations)})";

        private static void Put(string input, string relative, byte[] content)
        {
            var full = System.IO.Path.Combine(input, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }
    }
}
