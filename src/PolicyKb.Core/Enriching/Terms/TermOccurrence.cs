using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// A term used in one section: <paramref name="Uses"/> counts every use (heading and link text included),
/// <paramref name="Links"/> the uses linked to the glossary (the first in the section, and the source's own definition links).
/// </summary>
public sealed record TermOccurrence(string TermId, SectionPlace Place, int Uses, int Links);
