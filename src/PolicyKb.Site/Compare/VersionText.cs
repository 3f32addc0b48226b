namespace PolicyKb.Site.Compare;

/// <summary>
/// One version of a policy as the compare page reads it (<c>/data/policies/&lt;id&gt;/versions/&lt;version&gt;.json</c>):
/// its label and address, the text before the first heading, and its sections in reading order. Documented in the
/// README ("Compare any two versions").
/// </summary>
/// <param name="Policy">The policy's id.</param>
/// <param name="Version">The version's id, its permanent URL slug.</param>
/// <param name="Label">"Effective June 16, 2025", as the version's page says it.</param>
/// <param name="Url">The version's page.</param>
/// <param name="Preamble">The text before the first heading.</param>
/// <param name="Sections">Every section, in reading order, subsections after their parent.</param>
public sealed record VersionText(string Policy, string Version, string Label, string Url, string Preamble, ImmutableArray<SectionText> Sections);

/// <summary>
/// A section of a <see cref="VersionText"/>. <paramref name="Key"/> is the same in every version for the same section
/// (<see cref="Enriching.Changes.SectionLineage"/>), so two versions align by key; <paramref name="Text"/> is its own text
/// (not its subsections'), paragraphs separated by a blank line.
/// </summary>
public sealed record SectionText(string Key, string Id, string Heading, int Level, string Text);
