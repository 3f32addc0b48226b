using System.Collections.Concurrent;
using PolicyKb.Diagnostics;
using PolicyKb.Model;

namespace PolicyKb.Pipeline;

/// <summary>
/// What the steps of one build share: the options, every problem found, the knowledge base as the steps refine it,
/// typed artifacts that one step makes for later ones (audience views, change sets, the search index), and the
/// output files.
/// </summary>
public sealed class BuildContext(BuildOptions options)
{
    private readonly ConcurrentDictionary<Type, object> _artifacts = new();

    public BuildOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = new();

    public KnowledgeBase KnowledgeBase { get; set; } = KnowledgeBase.Empty;

    public OutputSet Output { get; } = new();

    /// <summary>Stores the artifact of type <typeparamref name="T"/>; a later step reads it with <see cref="Get{T}"/>.</summary>
    public void Set<T>(T artifact)
        where T : class => _artifacts[typeof(T)] = artifact;

    /// <summary>The artifact of type <typeparamref name="T"/>; the step that makes it must run first.</summary>
    public T Get<T>()
        where T : class =>
        TryGet<T>() ?? throw new InvalidOperationException($"No step has produced {typeof(T).Name}; check the order of the pipeline.");

    public T? TryGet<T>()
        where T : class => _artifacts.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
