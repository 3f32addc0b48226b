using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKb.Tests.Fuzzing;

/// <summary>
/// The mutants of the fuzz test: documents of the seeds and the corpus, mutated at random with a fixed seed (bytes and
/// lines inserted, deleted and repeated, script payloads and dangerous links injected, brackets and emphasis left open,
/// control characters, deep list prefixes), the same on every run.
/// </summary>
internal static partial class Mutants
{
    /// <summary>
    /// The seed and count of every run, so a failure names a mutant the next run makes again. To explore other
    /// mutants, set POLICYKB_FUZZ_SEED (and POLICYKB_FUZZ_COUNT) in the environment.
    /// </summary>
    public static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_FUZZ_SEED"), out var seed) ? seed : 20_251_124;

    public static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("POLICYKB_FUZZ_COUNT"), out var count) ? count : 150;

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

    /// <summary>The mutants, the same on every run: each a document of the seeds or the corpus with a few mutations.</summary>
    public static List<Mutant> Make()
    {
        var random = new Random(Seed);
        var sources = Sources();
        var memoSources = sources.Where(s => s.Kind == MutantKind.Memo).ToList();
        var documentSources = sources.Where(s => s.Kind != MutantKind.Memo).ToList();
        var mutants = new List<Mutant>(Count);
        for (var i = 0; i < Count; i++)
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

    [GeneratedRegex(@"^(html_)?description:.*\n", RegexOptions.Multiline)]
    private static partial Regex DescriptionLine();
}
