using PolicyKb.Importing;
using PolicyKb.Model;

namespace PolicyKb.Tests.Security;

/// <summary>
/// Links taken from documents keep only http, https and mailto targets, and relative ones made absolute against the
/// document's source; every other scheme is dropped with the link's text kept, however the scheme is disguised and
/// wherever the link is written (Markdown links, reference links, autolinks, raw <c>&lt;a href&gt;</c>, images).
/// </summary>
public sealed class LinkAllowListTests
{
    private static readonly ImportOptions WithSource = new("https://example.com/legal/policy", [], _ => null);

    public static TheoryData<string> DangerousTargets() =>
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(1)",
        "javascript\u0000:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "blob:https://example.com/x",
        "jar:https://example.com/x!/",
        "ftp://example.com/x",
        "intent://x#Intent;end",
        "#",
        "",
        "   ",
    ];

    [Theory]
    [MemberData(nameof(DangerousTargets))]
    public void Drops_targets_that_are_not_http_https_mailto_or_relative(string url) =>
        LinkTarget.Resolve(url, "https://example.com/legal/").ShouldBeNull();

    [Theory]
    [InlineData("https://example.com/a?b=c#d", null, "https://example.com/a?b=c#d")]
    [InlineData("HTTP://Example.com/", null, "http://Example.com/")]
    [InlineData("//cdn.example.com/x", null, "https://cdn.example.com/x")]
    [InlineData("mailto:privacy@example.com", null, "mailto:privacy@example.com")]
    [InlineData("mailto:<eu-terreg@example.com>", null, "mailto:eu-terreg@example.com")]
    [InlineData("/terms", "https://example.com/legal/policy", "https://example.com/terms")]
    [InlineData("cookies", "https://example.com/legal/policy", "https://example.com/legal/cookies")]
    [InlineData("%6Aavascript:alert(1)", "https://example.com/legal/policy", null)]
    [InlineData("/terms", null, null)]
    [InlineData("mailto:", null, null)]
    [InlineData("https://", null, null)]
    public void Keeps_web_and_mail_targets_and_resolves_relative_ones(string url, string? baseUrl, string? expected) =>
        LinkTarget.Resolve(url, baseUrl).ShouldBe(expected);

    public static TheoryData<string> MarkdownWithDangerousLinks() =>
    [
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript&#58;alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click](java%0Ascript:alert(1))",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "[click][ref]\n\n[ref]: <data:text/html,<script>alert(1)</script>>",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\" jav&#x09;ascript:alert(1)\">click</a>",
        "<a href='data:text/html,<script>alert(1)</script>'>click</a>",
        "<a href=javascript:alert(1)>click</a>",
        "<p><a href=\"javascript:alert(1)\">click</a></p>",
        "![click](javascript:alert(1))",
        "[![click](javascript:alert(1))](javascript:alert(2))",
        "<img src=\"javascript:alert(1)\" alt=\"click\">",
        "<div><img src=x onerror=alert(1) alt=\"click\"></div>",
    ];

    [Theory]
    [MemberData(nameof(MarkdownWithDangerousLinks))]
    public void Markdown_in_every_form_of_link_keeps_the_text_and_drops_the_target(string markdown)
    {
        var document = Imports.Markdown("Some text.\n\n" + markdown + "\n", WithSource);
        // What is left of a dropped link is text, which every page escapes; no target may leave the allow-list.
        Targets(document.Content).ShouldAllBe(t => t.StartsWith("https://example.com/", StringComparison.Ordinal));
        ModelOutline.Of(document.Content).ShouldContain("Some text.");
    }

    [Fact]
    public void Keeps_ordinary_links_in_every_form()
    {
        var document = Imports.Markdown(
            "[a](https://example.org/a) [b][ref] <https://example.org/c> <privacy@example.org> <a href=\"https://example.org/d\">d</a>\n\n[ref]: https://example.org/b\n",
            WithSource);
        Targets(document.Content).ShouldBe(["https://example.org/a", "https://example.org/b", "https://example.org/c", "mailto:privacy@example.org", "https://example.org/d"]);
    }

    private static IEnumerable<string> Targets(DocumentContent content) =>
        content.Descendants<ModelNode>().SelectMany(node => node switch
        {
            Link link => [link.Target],
            Figure { Target: { } target } => [target],
            _ => Array.Empty<string>(),
        });
}
