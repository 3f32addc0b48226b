namespace PolicyKb.Views;

/// <summary>The glossary page: every defined term with its definition and the sections that use it.</summary>
public sealed record GlossaryPageModel(ImmutableArray<GlossaryEntry> Entries);
