using PolicyKb.Pipeline;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>Images a document uses are published under <c>/media/</c> wherever in the document they are.</summary>
public sealed class PublishMediaTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void Publishes_an_image_inside_a_list_item_and_inside_a_quote()
    {
        using var folder = new TempFolder();
        folder.File("input/audiences.yml", "- id: users\n  name: People who use the service\n");
        folder.File("input/site.yml", "title: Media\ndescription: Images in nested blocks.\nbase_url: https://example.com/\n");
        folder.File("input/policies/privacy/policy.yml", "title: Privacy Policy\nkind: Privacy Policy\naudiences: [users]\nlanguage: en\n");
        folder.File("input/policies/privacy/2025-01-01.md", """
            # Privacy Policy

            ## What we collect

            - We collect what you post.

              ![A phone](in-list.png)

            > We keep it safe.
            >
            > ![A lock](in-quote.png)

            ![A map](top-level.png)
            """);
        folder.Bytes("input/policies/privacy/in-list.png", Png);
        folder.Bytes("input/policies/privacy/in-quote.png", Png);
        folder.Bytes("input/policies/privacy/top-level.png", Png);
        var output = Path.Combine(folder.Path, "output");

        var (result, context) = SiteBuilder.Build(BuildOptions.For(Path.Combine(folder.Path, "input"), output));

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var page = context.Output.GetText("policies/privacy/index.html")!;
        foreach (var image in new[] { "in-list.png", "in-quote.png", "top-level.png" })
        {
            page.ShouldContain($"src=\"/media/policies/privacy/{image}\"");
            File.ReadAllBytes(Path.Combine(output, "media", "policies", "privacy", image)).ShouldBe(Png, image);
        }
    }
}
