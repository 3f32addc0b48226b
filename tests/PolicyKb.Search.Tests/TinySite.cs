using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>Writes a small input folder (one audience, one policy per Markdown text given) for tests that need exact control of the text.</summary>
internal static class TinySite
{
    public static SearchSite Of(params (string Id, string Markdown)[] policies)
    {
        using var input = new TempFolder();
        input.File("site.yml", "title: Tiny\nbase_url: http://localhost/\nlanguage: en\n");
        input.File("audiences.yml", "- id: everyone\n  name: Everyone\n");
        foreach (var (id, markdown) in policies)
        {
            input.File($"policies/{id}/policy.yml", $"title: {id}\nkind: Policy\naudiences: [everyone]\nlanguage: en\ndated_by: retrieved\n");
            input.File($"policies/{id}/2025-01-01.md", markdown);
        }

        return new SearchSite(SearchSite.Load(input.Path));
    }
}
