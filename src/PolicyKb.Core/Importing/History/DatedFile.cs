using PolicyKb.Model;

namespace PolicyKb.Importing.History;

/// <summary>A version file of a policy named by its date (<c>2025-06-16.md</c>), as the policy team adds them.</summary>
public sealed record DatedFile(DateOnly Date, string RelativePath, string FullPath, SourceFormat Format);
