namespace PolicyKb.Pipeline;

/// <summary>
/// An artifact a step reads. A required one must be made by a step before it; an optional one the step does without,
/// and it may come from the caller instead of a step (the theme components <c>serve</c> compiled, say).
/// </summary>
public sealed record Need(Type Artifact, bool IsOptional)
{
    public static Need Required<T>()
        where T : class => new(typeof(T), false);

    public static Need Optional<T>()
        where T : class => new(typeof(T), true);

    public override string ToString() => Artifact.Name + (IsOptional ? " (optional)" : "");
}
