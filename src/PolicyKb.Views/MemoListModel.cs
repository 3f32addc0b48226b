namespace PolicyKb.Views;

/// <summary>The list of all memos, newest first.</summary>
public sealed record MemoListModel(ImmutableArray<MemoLink> Memos);
