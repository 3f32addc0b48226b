using System.Text;

namespace PolicyKb.Tests;

/// <summary>
/// A corpus of hostile and broken inputs. Each case is added to a copy of the seed input and built through the real
/// <see cref="PolicyKb.Site.SiteBuilder"/>, over an output folder that holds a previous site (see <see cref="HostileInput"/>).
/// A problem must be reported as <c>path:line: error: message</c> at the file and line that show it, with the previous
/// output left as it was (this file); what is not a problem must be handled safely and published
/// (<c>HostileInputTests.Published.cs</c>). No case may crash, and none may hang: each build has a minute.
/// </summary>
public sealed partial class HostileInputTests : IDisposable
{
    /// <summary>Who reads the seed site: every message that lists the audiences lists these.</summary>
    private const string SeedAudiences = "developers, law-enforcement, users";

    private HostileInput Input { get; } = new();

    public void Dispose() => Input.Dispose();

    /// <summary>Each case: what it does to the input, and every diagnostic the build must give for it, in order.</summary>
    private static readonly Dictionary<string, (Action<HostileInput> Arrange, Func<HostileInput, string[]> Expected)> Refused = new(StringComparer.Ordinal)
    {
        ["invalid UTF-8"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [.. "# Terms of Use\n\nYou agree to these terms.\nCaf"u8.ToArray(), 0xE9, .. " au lait.\n"u8.ToArray()]),
            _ => ["policies/terms-of-use/2026-01-01.md:4: error: not UTF-8: invalid byte 0xE9 at byte 45; save the file as UTF-8"]),
        ["a UTF-8 sequence cut short at the end of the file"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [.. "# Terms of Use\n\nYou agree to these terms.\n\nCaf"u8.ToArray(), 0xC3]),
            _ => ["policies/terms-of-use/2026-01-01.md:5: error: not UTF-8: invalid byte 0xC3 at byte 46; save the file as UTF-8"]),
        ["a binary file"] = (
            input => input.Bytes("policies/terms-of-use/2026-01-01.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            _ => ["policies/terms-of-use/2026-01-01.md:3: error: binary file: it contains NUL bytes; expected UTF-8 text"]),
        ["an empty file"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", ""),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: empty file"]),
        ["a file of white space only"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "\n \t\n\u00A0\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: the file holds only white space"]),
        ["a file with only a title"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:1: error: refused: the version has no text besides its title \"Terms of Use\"; a stub or a failed recording is not published"]),
        ["a 5 MB single line with no space to break it at"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n\nYou agree to these terms.\n\n" + new string('x', 5 * 1024 * 1024) + "\n\nThe end.\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:5: error: a line of more than 100,000 characters with no space to break it at; Markdown parsers slow down on such lines beyond use, so the document is refused: break the line"]),
        // Levels start at line 5; Markdig gives up at level 64 (line 68), where 64 lists and their items and the
        // item's paragraph exceed its 128 blocks.
        ["a list nested 1,000 levels deep"] = (
            input => input.Text("policies/terms-of-use/2026-01-01.md", "# Terms of Use\n\nYou agree to these terms.\n\n" + NestedList(1000) + "\nThe end.\n"),
            _ => ["policies/terms-of-use/2026-01-01.md:68: error: the Markdown parser gives up from this line on: lists or quotes nest more than 128 levels deep (a list level counts two), or one paragraph holds more than 10,240 brackets or emphasis marks; the document is refused: flatten the nesting or split the paragraph"]),
        ["malformed YAML front matter"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\nservice: Instagram\ndates: [2026-01-01\nterms_types: [Privacy Policy]\n---\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:4: error: malformed YAML after this line: check for an unclosed bracket or quote"]),
        ["front matter that is never closed"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\ndates: [2026-01-01]\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:1: error: a memo starts with YAML front matter between '---' lines (title, service, terms_types, dates)"]),
        ["a YAML bomb in front matter"] = (
            input => input.Text("memos/2026-01-01-hostile.md", "---\ntitle: A memo\ndates: [2026-01-01]\n" + YamlBomb() + "---\n\nThe memo.\n"),
            _ => ["memos/2026-01-01-hostile.md:4: error: YAML anchors (&a) are not allowed in metadata; write the value out"]),
        ["a YAML bomb in policy metadata"] = (
            input => input.Append("policies/terms-of-use/policy.yml", YamlBomb()),
            input => [$"policies/terms-of-use/policy.yml:{input.LineCount("policies/terms-of-use/policy.yml") - 9}: error: YAML anchors (&a) are not allowed in metadata; write the value out"]),
        ["YAML nested 10,000 levels deep"] = (
            input => input.Append("policies/terms-of-use/policy.yml", "deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n"),
            input => [$"policies/terms-of-use/policy.yml:{input.LineCount("policies/terms-of-use/policy.yml")}: error: YAML nested more than 32 levels deep; metadata is a few levels deep at most"]),
        ["an unknown audience in policy metadata"] = (
            input => input.Replace("policies/terms-of-use/policy.yml", "audiences: [users]", "audiences: [users, journalists]"),
            input => [$"policies/terms-of-use/policy.yml:{input.LineOf("policies/terms-of-use/policy.yml", "audiences:")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}"]),
        ["an unknown audience in the glossary"] = (
            input => input.Replace("glossary.yml", "  audiences: [users, developers]\n  annotation: Definition-IntegratedPartner", "  audiences: [users, journalists]\n  annotation: Definition-IntegratedPartner"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "audiences: [users, journalists]")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}"]),
        // Every problem at once: the glossary is checked with the documents, and its references to a document that
        // could not be read are not reported on top of that document's own error.
        ["an empty version and an unknown audience in the glossary"] = (
            input =>
            {
                input.Text("policies/terms-of-use/2026-01-01.md", "");
                input.Replace("glossary.yml", "  audiences: [users, developers]\n  annotation: Definition-IntegratedPartner", "  audiences: [users, journalists]\n  annotation: Definition-IntegratedPartner");
            },
            input =>
            [
                $"glossary.yml:{input.LineOf("glossary.yml", "audiences: [users, journalists]")}: error: unknown audience 'journalists'; audiences.yml defines: {SeedAudiences}",
                "policies/terms-of-use/2026-01-01.md:1: error: empty file",
            ]),
        ["an unknown glossary term in an audience's section rule"] = (
            input => input.Replace("audiences.yml", "terms: [integrated-partner]", "terms: [integrated-partner, data-broker]"),
            input => [$"audiences.yml:{input.LineOf("audiences.yml", "data-broker")}: error: section rule of audience 'developers' names term 'data-broker', which the glossary does not define; glossary ids: "]),
        ["a glossary alias that matches everywhere"] = (
            input => input.Replace("glossary.yml", "aliases: [integrated partners]", "aliases: [integrated partners, information]"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "aliases: [integrated partners, information]")}: error: alias 'information' would match almost everywhere: 'information' is a word every policy uses in its ordinary sense; use the longer phrase the documents define"]),
        ["a glossary alias of stop words"] = (
            input => input.Replace("glossary.yml", "aliases: [integrated partners]", "aliases: [integrated partners, \"you and your\"]"),
            input => [$"glossary.yml:{input.LineOf("glossary.yml", "aliases: [integrated partners, \"you and your\"]")}: error: alias 'you and your' is made of stop words only, which occur in almost every sentence; a term needs a word of its own"]),
        ["a broken version in a policy folder whose path has spaces and non-ASCII letters"] = (
            input =>
            {
                input.Text("policies/Política de privacidad (copia)/policy.yml", "title: Política de privacidad\nkind: Privacy Policy\naudiences: [users]\nlanguage: es\n");
                input.Text("policies/Política de privacidad (copia)/2025-01-01.md", "# Política de privacidad\n\nRecogemos información.\n");
                input.Text("policies/Política de privacidad (copia)/2025-02-01.md", "");
            },
            _ => ["policies/Política de privacidad (copia)/2025-02-01.md:1: error: empty file"]),
    };

    public static TheoryData<string> RefusedInputs() => [.. Refused.Keys];

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public async Task Is_refused_at_its_file_and_line_and_nothing_is_published(string hostile)
    {
        var (arrange, expected) = Refused[hostile];
        arrange(Input);

        var (result, _) = await Input.BuildAsync();

        result.Succeeded.ShouldBeFalse();
        var diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();
        var wanted = expected(Input);
        diagnostics.Count.ShouldBe(wanted.Length, string.Join("\n", diagnostics));
        for (var i = 0; i < wanted.Length; i++)
        {
            // A message that ends in a list of what the input defines is checked up to that list.
            if (wanted[i].EndsWith(": ", StringComparison.Ordinal))
            {
                diagnostics[i].ShouldStartWith(wanted[i]);
            }
            else
            {
                diagnostics[i].ShouldBe(wanted[i]);
            }
        }

        Input.ShouldHavePublishedNothing();
    }

    /// <summary>A Markdown list of <paramref name="levels"/> levels, each item indented under the one before.</summary>
    private static string NestedList(int levels)
    {
        var builder = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            builder.Append(' ', 2 * level).Append("- level ").Append(level + 1).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The "billion laughs": ten lines of anchors, each alias list ten times the one before (10^9 strings expanded).</summary>
    private static string YamlBomb()
    {
        var builder = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            builder.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        builder.Append("bomb: [*i,*i,*i]\n");
        return builder.ToString();
    }
}
