using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Reading;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests.Model;

/// <summary>
/// The normalized model of each seed document, as a readable outline. Any change in ingestion shows as a diff
/// in __snapshots__; review it and update the snapshot when the change is intended.
/// </summary>
public sealed class ModelSnapshotTests
{
    private static readonly Lazy<KnowledgeBase> KnowledgeBase = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var knowledgeBase = InputFolder.Load(TestPaths.Input, diagnostics);
        diagnostics.Errors.ShouldBeEmpty();
        return knowledgeBase;
    });

    [Theory]
    [InlineData("terms-of-use", "2013-01-19")]
    [InlineData("privacy-policy", "2024-11-14")]
    [InlineData("privacy-policy", "2025-06-16")]
    [InlineData("platform-policy", "2026-11-24")]
    [InlineData("law-enforcement-guidelines", "2026-11-24")]
    public void Version_outline(string policy, string date)
    {
        var version = KnowledgeBase.Value.FindPolicy(policy)!.Versions.Single(v => v.DateSlug == date);
        Snapshot.Match(ModelOutline.Of(version), SnapshotNameExtension.Create(policy, date));
    }

    [Fact]
    public void Memo_outline()
    {
        Snapshot.Match(ModelOutline.Of(KnowledgeBase.Value.Memos.Single()));
    }
}
