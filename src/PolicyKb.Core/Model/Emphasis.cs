namespace PolicyKb.Model;

/// <summary>Emphasised text: <see cref="EmphasisKind.Strong"/> or <see cref="EmphasisKind.Em"/>.</summary>
public sealed record Emphasis(EmphasisKind Kind, ImmutableArray<Inline> Children) : Inline;
