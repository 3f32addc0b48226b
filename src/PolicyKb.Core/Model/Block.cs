namespace PolicyKb.Model;

/// <summary>A block of a section: paragraph, list, table, address, figure, separator, quote or code.</summary>
public abstract record Block(SourceLocation Location) : ModelNode;
