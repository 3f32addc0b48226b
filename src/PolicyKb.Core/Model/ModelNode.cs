namespace PolicyKb.Model;

/// <summary>A node of a document's tree: a section, a block or an inline, as <see cref="ModelWalker"/> visits them.</summary>
public abstract record ModelNode;
