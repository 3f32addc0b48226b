namespace PolicyKb.Model;

/// <summary>What the policy's metadata file says about it.</summary>
public sealed record PolicyMetadata(
    string Title,
    string Kind,
    string? Service,
    ImmutableArray<string> Audiences,
    string Language,
    DateBasis DatedBy,
    string? SourceUrl,
    string? Summary,
    SourceLocation Location);
