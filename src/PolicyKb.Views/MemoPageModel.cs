using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>A memo's page: the memo, the policies it is about and the changes it describes.</summary>
public sealed record MemoPageModel(Memo Memo, string DateLabel, ImmutableArray<NavLink> Policies, ImmutableArray<NavLink> Changes);
