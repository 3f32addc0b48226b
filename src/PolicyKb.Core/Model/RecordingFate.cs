namespace PolicyKb.Model;

/// <summary>What became of one input file of a policy: every file gets exactly one fate.</summary>
public enum RecordingFate
{
    /// <summary>Its wording differs from every version published before it: it is a version.</summary>
    NewVersion,

    /// <summary>Its wording is that of a version published before it (layout, white space or link targets aside).</summary>
    ReRecording,

    /// <summary>It is not the policy (a stub, an error page, part of the page, a page repeated, another page): set aside with its reason.</summary>
    Rejected,
}
