namespace PolicyKb.Views;

/// <summary>What a section of a version page says about its past: when its wording last changed, and where its history is.</summary>
public sealed record SectionHistoryNote(string Text, string Url);
