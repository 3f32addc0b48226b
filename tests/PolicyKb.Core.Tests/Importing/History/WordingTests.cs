using PolicyKb.Importing.History;

namespace PolicyKb.Tests.Importing.History;

/// <summary>The wording, as issue 13 defines it: words case-folded, link targets and image addresses left out.</summary>
public sealed class WordingTests
{
    [Fact]
    public void Is_the_words_case_folded_whatever_the_layout_and_white_space() =>
        Wording.Fold("## Privacy  Policy\r\n\r\nWe *collect* data — don't we?\n").ShouldBe("privacy policy we collect data don t we");

    [Fact]
    public void Leaves_out_link_targets_image_addresses_and_reference_definitions()
    {
        var recorded = Wording.Of("See [our Cookies Policy](https://www.instagram.com/legal/cookies/) and ![Logo](https://a.example/logo.png).\n");
        var moved = Wording.Of("See [our Cookies Policy](https://privacycenter.instagram.com/policies/cookies/?ref=1)\nand ![Logo](/media/logo-2.png).\n\n[x]: https://unused.example/\n");
        moved.ShouldBe(recorded);
        recorded.Words.ShouldBe(6);
    }

    [Fact]
    public void Keeps_the_text_of_links_and_angle_brackets_that_are_not_markup() =>
        Wording.Fold("Write to <EU Representative> or <https://example.com/form>, <br>[the form](https://example.com/form).")
            .ShouldBe("write to eu representative or the form");

    [Fact]
    public void Differs_when_one_word_differs() =>
        Wording.Of("We keep your data for 90 days.").ShouldNotBe(Wording.Of("We keep your data for 180 days."));
}
