using PolicyKb.Model;

namespace PolicyKb.Tests.Importing;

/// <summary>Every document of the shared Open Terms Archive corpus imports without error and with a sensible tree.</summary>
public sealed class OpenTermsArchiveCorpusTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(TestPaths.Corpus, "ota"), file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_94_documents() => Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories).Length.ShouldBe(94);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Imports_with_a_sensible_heading_tree(string relative)
    {
        var document = Imports.File(Path.Combine(TestPaths.Corpus, "ota", relative), "ota/" + relative);
        var sections = document.Content.AllSections().ToList();
        var blocks = document.Content.Descendants<Block>().ToList();

        blocks.ShouldNotBeEmpty();
        sections.Select(s => s.Id).Distinct().Count().ShouldBe(sections.Count, "section ids are unique");
        sections.ShouldAllBe(s => s.Heading.Length > 0 && s.Heading.Length <= 300 && s.Id.Length > 0 && s.Id.Length <= 200);
        sections.ShouldAllBe(s => s.Level >= 2 && s.Level <= 6);
        foreach (var section in sections)
        {
            section.Children.ShouldAllBe(c => c.Level > section.Level);
        }

        // Headings are not swallowing paragraphs: a document with many blocks has them mostly inside sections.
        var text = string.Concat(blocks.Select(PlainText.Of));
        text.ShouldNotContain("\uFEFF");
        blocks.OfType<Figure>().ShouldAllBe(f => f.Source == null);
    }
}
