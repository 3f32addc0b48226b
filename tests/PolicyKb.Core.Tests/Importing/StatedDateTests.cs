using PolicyKb.Importing;

namespace PolicyKb.Tests.Importing;

/// <summary>The effective date a text states about itself, in the ways real policies state it.</summary>
public sealed class StatedDateTests
{
    [Theory]
    [InlineData("Effective June 16, 2025", 2025, 6, 16)]
    [InlineData("We updated our Privacy Policy on November 14, 2024.", 2024, 11, 14)]
    [InlineData("Last modified: 2023-03-01", 2023, 3, 1)]
    [InlineData("Date of Last Revision: 4 January, 2022", 2022, 1, 4)]
    [InlineData("Last revision: July 26, 2022", 2022, 7, 26)]
    public void Finds_the_date_a_text_states(string text, int year, int month, int day) =>
        StatedDate.Find(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("A revision of this policy on June 16, 2025 will follow.")]
    [InlineData("Contact us by June 16, 2025.")]
    public void Finds_none_where_no_effective_date_is_stated(string text) => StatedDate.Find(text).ShouldBeNull();

    [Fact]
    public void Reads_the_date_of_Meta_s_old_Data_Policy_as_Facebook_recorded_it_in_2022()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Corpus, "recordings", "Facebook", "Privacy Policy", "2022-07-11T14-58-05Z.md"));
        StatedDate.InDocument(text).ShouldBe(new DateOnly(2022, 1, 4));
    }

    [Fact]
    public void Reads_a_document_s_start_then_its_foot_but_not_its_middle()
    {
        var filler = string.Concat(Enumerable.Repeat("We use information to provide our services. ", 200));
        StatedDate.InDocument($"Effective June 16, 2025\n{filler}Last revision: 4 January, 2022").ShouldBe(new DateOnly(2025, 6, 16));
        StatedDate.InDocument($"{filler}Date of Last Revision: 4 January, 2022").ShouldBe(new DateOnly(2022, 1, 4));
        StatedDate.InDocument($"{filler}Effective June 16, 2025{filler}").ShouldBeNull();
    }
}
