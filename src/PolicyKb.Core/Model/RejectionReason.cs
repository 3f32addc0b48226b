namespace PolicyKb.Model;

/// <summary>Why a recording is not a version of the policy.</summary>
public enum RejectionReason
{
    /// <summary>A few words (a title only) or a page that says it failed ("This page isn't available right now").</summary>
    StubOrErrorPage,

    /// <summary>Much shorter than the version before it, and mostly made of its words: part of the page failed to load.</summary>
    PartialPage,

    /// <summary>Much longer than the version before it because its content repeats.</summary>
    BlowUp,

    /// <summary>Its title is another document's: the recorder saved another page.</summary>
    DifferentPage,
}
