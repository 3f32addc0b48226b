namespace PolicyKb.Model;

/// <summary>A table; the first <paramref name="HeaderRows"/> rows are header rows.</summary>
public sealed record Table(ImmutableArray<TableRow> Rows, int HeaderRows, SourceLocation Location) : Block(Location);
