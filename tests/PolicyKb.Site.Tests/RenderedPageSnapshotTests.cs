using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests;

/// <summary>
/// The rendered HTML of one page of each kind, pretty-printed, so that any change to the theme or the page builders
/// shows as a readable diff in __snapshots__. Review the diff; update the snapshot when the change is intended.
/// </summary>
public sealed class RenderedPageSnapshotTests
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("policy-current", "/policies/law-enforcement-guidelines/")]
    [InlineData("policy-archived", "/policies/privacy-policy/2024-11-14/")]
    [InlineData("policy-audience-view", "/developers/terms-of-use/")]
    [InlineData("audience-users", "/users/")]
    [InlineData("audience-developers", "/developers/")]
    [InlineData("audience-law-enforcement", "/law-enforcement/")]
    [InlineData("memo", "/memos/2025-10-16-instagram-ai-interactions/")]
    [InlineData("memo-list", "/memos/")]
    [InlineData("change", "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/")]
    [InlineData("change-list", "/changes/")]
    [InlineData("history", "/policies/privacy-policy/history/")]
    [InlineData("section-history", "/policies/privacy-policy/sections/what-information-do-we-collect/")]
    [InlineData("glossary", "/glossary/")]
    [InlineData("search", "/search/")]
    [InlineData("not-found", "/404.html")]
    public void Page(string kind, string url)
    {
        Snapshot.Match(PrettyHtml.Of(SeedSite.Page(url)), SnapshotNameExtension.Create(kind));
    }
}
