namespace PolicyKb.Model;

/// <summary>A postal address, one inline run per line.</summary>
public sealed record Address(ImmutableArray<ImmutableArray<Inline>> Lines, SourceLocation Location) : Block(Location);
