namespace PolicyKb.Views;

/// <summary>
/// The glossary page: every linked term with its definition and the sections that use it, then the terms the
/// documents define but the site does not link (<paramref name="NotLinked"/>), with the reason.
/// </summary>
public sealed record GlossaryPageModel(ImmutableArray<GlossaryEntry> Entries, ImmutableArray<GlossaryEntry> NotLinked = default);
