using PolicyKb.Model;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// A section of the older version matched to one of the newer version, how it was matched, and the similarity of
/// their headings and of their own text (0 to 1; the text similarity is null when neither has text of its own).
/// </summary>
public sealed record SectionMatch(Section Older, Section Newer, MatchMethod Method, double HeadingSimilarity, double? TextSimilarity);
