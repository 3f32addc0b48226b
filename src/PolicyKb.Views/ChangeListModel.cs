namespace PolicyKb.Views;

/// <summary>Every change the library records: new versions and memos, newest first.</summary>
public sealed record ChangeListModel(ImmutableArray<RecentChange> Changes);
