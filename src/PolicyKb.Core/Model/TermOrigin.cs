namespace PolicyKb.Model;

/// <summary>Where a glossary entry comes from.</summary>
public enum TermOrigin
{
    /// <summary>Written in the glossary file, with a definition in plain words.</summary>
    Listed,

    /// <summary>Found where a document defines the term itself, in the drafting pattern <c>... ("Content")</c>.</summary>
    Extracted,
}
