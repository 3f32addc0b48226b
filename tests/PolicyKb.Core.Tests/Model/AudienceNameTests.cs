using PolicyKb.Model;

namespace PolicyKb.Tests.Model;

/// <summary>An audience's name inside a sentence keeps the capitals it needs ("people who use Instagram").</summary>
public sealed class AudienceNameTests
{
    [Theory]
    [InlineData("People who use Instagram", "people who use Instagram")]
    [InlineData("Law enforcement", "law enforcement")]
    [InlineData("Developers", "developers")]
    [InlineData("API developers", "API developers")]
    [InlineData("EU residents", "EU residents")]
    [InlineData("everyone", "everyone")]
    [InlineData("", "")]
    public void Only_the_first_letter_of_a_name_is_lowered_and_never_an_acronym(string name, string inSentence) =>
        Audience.InSentence(name).ShouldBe(inSentence);
}
