namespace PolicyKb.Model;

/// <summary>A policy document with its versions, oldest first. The last version is the current one.</summary>
public sealed record Policy(string Id, PolicyMetadata Metadata, ImmutableArray<PolicyVersion> Versions)
{
    public PolicyVersion Current => Versions[^1];

    /// <summary>The versions before the current one, newest first.</summary>
    public IEnumerable<PolicyVersion> Archived => Versions.Take(Versions.Length - 1).Reverse();

    /// <summary>
    /// Every input file of the policy with its fate, oldest first: each file exactly once, as a version, a
    /// re-recording of one or a rejected recording. A policy without recordings has one new version per dated file.
    /// </summary>
    public ImmutableArray<Recording> Recordings { get; init; } = [];
}
