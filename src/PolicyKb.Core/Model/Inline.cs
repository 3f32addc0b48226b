namespace PolicyKb.Model;

/// <summary>A run of text inside a block: plain text, emphasis, a link, a term reference.</summary>
public abstract record Inline : ModelNode;
