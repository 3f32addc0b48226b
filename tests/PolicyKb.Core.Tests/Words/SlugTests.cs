using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Words;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Política de privacidad", "politica-de-privacidad")]
    [InlineData("Poli\u0301tica de privacidad", "politica-de-privacidad")] // decomposed, as macOS names files
    [InlineData("Nutzungsbedingungen für Dienste", "nutzungsbedingungen-fur-dienste")]
    [InlineData("Ärger über Ŝtraße", "arger-uber-straße")]
    [InlineData("Łódź", "łodz")]
    [InlineData("データの利用", "データの利用")]
    public void Folds_the_accents_of_latin_letters_and_keeps_other_letters(string text, string slug) =>
        Slug.From(text).ShouldBe(slug);
}
