using PolicyKb.Authoring;
using PolicyKb.Enriching.Changes;
using PolicyKb.Importing;
using PolicyKb.Words;

namespace PolicyKb.Tests.Words;

/// <summary>Counting words without making tokens (what version refusal does) counts exactly what the comparison counts.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \u200B ", 0)]
    [InlineData("Meta’s don't rock'n'roll 2025-06-16", 6)]
    [InlineData("“Quoted,” she said — twice… 😀 ok", 5)]
    [InlineData("a \uE000 b", 2)]
    [InlineData("e\u0301te\u0301", 1)]
    public void Counts_words_as_the_tokens_do(string text, int words)
    {
        TextTokens.CountWords(text).ShouldBe(words);
        TextTokens.Of(text).Count(t => t.Kind == TextTokenKind.Word).ShouldBe(words);
    }

    [Fact]
    public void Counts_every_section_of_the_corpus_as_the_comparison_does()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "ota"), "*.md", SearchOption.AllDirectories))
        {
            var content = Imports.File(file, Path.GetFileName(file)).Content;
            ComparableText.CountWords(content.Preamble).ShouldBe(ComparableText.Of(content.Preamble).WordCount, file);
            foreach (var section in content.AllSections())
            {
                ComparableText.CountWords(section.Blocks).ShouldBe(ComparableText.Of(section.Blocks).WordCount, file + " " + section.Id);
            }
        }
    }
}
