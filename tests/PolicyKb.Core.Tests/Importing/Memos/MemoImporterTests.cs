using PolicyKb.Diagnostics;
using PolicyKb.Importing.Memos;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Importing.Memos;

public sealed class MemoImporterTests
{
    private static Memo Import(string path, string content, DiagnosticBag? diagnostics = null) =>
        new MemoImporter().Import(Path.GetFileNameWithoutExtension(path), new SourceText(path, content), diagnostics ?? new DiagnosticBag())!;

    [Fact]
    public void Reads_the_seed_memo()
    {
        var memo = Import("memos/2025-10-16-instagram-ai-interactions.md", File.ReadAllText(TestPaths.InInput("memos/2025-10-16-instagram-ai-interactions.md")));
        memo.Title.ShouldBe("Instagram begins use of AI interactions to personalise experiences and ads");
        memo.Services.ShouldBe(["Instagram"]);
        memo.TermsTypes.ShouldBe(["Privacy Policy"]);
        memo.Dates.ShouldBe([new DateOnly(2025, 10, 16)]);
        memo.Authors.ShouldBe(["Saumyaa Naidu"]);
        memo.RelatedCollections.ShouldBe(["vlopses-us"]);
        memo.Content.Preamble.Length.ShouldBe(5);
        memo.Content.Preamble[0].Location.Line.ShouldBe(11);
    }

    [Fact]
    public void Accepts_services_as_a_comma_separated_value_and_authors_as_a_list_and_sorts_dates()
    {
        var memo = Import("memos/x.md", "---\ntitle: T\nservice: TikTok, Grok\nauthor: [\"A\", \"B\"]\nterms_types: Terms of use\ndates: [\"2021-11-16\", \"2021-11-03\"]\n---\n\nBody.\n");
        memo.Services.ShouldBe(["TikTok", "Grok"]);
        memo.Authors.ShouldBe(["A", "B"]);
        memo.TermsTypes.ShouldBe(["Terms of use"]);
        memo.Dates.ShouldBe([new DateOnly(2021, 11, 3), new DateOnly(2021, 11, 16)]);
        memo.Date.ShouldBe(new DateOnly(2021, 11, 16));
    }

    [Fact]
    public void Imports_every_memo_of_the_shared_corpus()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "memos"), "*.md");
        files.Length.ShouldBe(20);
        foreach (var file in files)
        {
            var diagnostics = new DiagnosticBag();
            var memo = Import("memos/" + Path.GetFileName(file), File.ReadAllText(file), diagnostics);
            diagnostics.Errors.ShouldBeEmpty(file);
            memo.ShouldNotBeNull(file);
            memo.Title.ShouldNotBeNullOrWhiteSpace();
            memo.Dates.ShouldNotBeEmpty();
            memo.Services.ShouldNotBeEmpty(file);
            (memo.Content.Preamble.Length + memo.Content.Sections.Length).ShouldBeGreaterThan(0, file);
            ModelOutline.Of(memo).ShouldNotContain("<a ", Case.Insensitive);
        }
    }

    [Fact]
    public void Reports_a_memo_without_front_matter_or_with_a_bad_date_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        new MemoImporter().Import("a", new SourceText("memos/a.md", "Just text.\n"), diagnostics).ShouldBeNull();
        new MemoImporter().Import("b", new SourceText("memos/b.md", "---\ntitle: T\nservice: X\ndates: [\"2025-13-01\"]\n---\nBody\n"), diagnostics).ShouldBeNull();
        diagnostics.All.Select(d => d.ToString()).ShouldBe([
            "memos/a.md:1: error: a memo starts with YAML front matter between '---' lines (title, service, terms_types, dates)",
            "memos/b.md:4: error: '2025-13-01' is not a date; write dates as yyyy-MM-dd",
        ]);
    }
}
