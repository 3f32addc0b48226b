namespace PolicyKb.Model;

public sealed record TableRow(ImmutableArray<TableCell> Cells);
