namespace PolicyKb.Enriching.Changes;

/// <summary>How a section of the newer version was found in the older one.</summary>
public enum MatchMethod
{
    /// <summary>Same section id, which is the slug of the same heading under the same parent heading.</summary>
    Id,

    /// <summary>A similar heading, and similar text where both have text.</summary>
    Heading,

    /// <summary>Similar text under a different heading: a renamed section.</summary>
    Text,
}
