using System.Collections.Concurrent;
using PolicyKb.Diagnostics;

namespace PolicyKb.Pipeline;

/// <summary>
/// What the steps of one build share: the options, every problem found, typed artifacts that one step makes for later
/// ones (the knowledge base as read, then as linked, audience relevance, change sets, the search index), and the
/// output files. An artifact is written once. A step sees the context through <see cref="For"/>: it may read only what
/// it needs and write only what it makes, and what it reports is marked as its own.
/// </summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<Type, object> _artifacts;
    private readonly IBuildStep? _step;

    public BuildContext(BuildOptions options)
        : this(options, new ConcurrentDictionary<Type, object>(), new DiagnosticBag(), new OutputSet(), null)
    {
    }

    private BuildContext(BuildOptions options, ConcurrentDictionary<Type, object> artifacts, DiagnosticBag diagnostics, OutputSet output, IBuildStep? step)
    {
        Options = options;
        _artifacts = artifacts;
        Diagnostics = diagnostics;
        Output = output;
        _step = step;
    }

    public BuildOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public OutputSet Output { get; }

    /// <summary>Stores the artifact of type <typeparamref name="T"/>; a later step reads it with <see cref="Get{T}"/>.</summary>
    public void Set<T>(T artifact)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(artifact);
        if (_step is not null && !_step.Makes.Contains(typeof(T)))
        {
            throw new InvalidOperationException($"{_step.Name} makes {typeof(T).Name}, which is not in its Makes.");
        }

        if (!_artifacts.TryAdd(typeof(T), artifact))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is already set: an artifact is written once.");
        }
    }

    /// <summary>The artifact of type <typeparamref name="T"/>; the step that makes it must run first.</summary>
    public T Get<T>()
        where T : class =>
        TryGet<T>() ?? throw new InvalidOperationException($"No step has made {typeof(T).Name}; check the order of the pipeline.");

    public T? TryGet<T>()
        where T : class
    {
        if (_step is not null && !_step.Needs.Any(n => n.Artifact == typeof(T)))
        {
            throw new InvalidOperationException($"{_step.Name} reads {typeof(T).Name}, which is not in its Needs.");
        }

        return _artifacts.TryGetValue(typeof(T), out var value) ? (T)value : null;
    }

    /// <summary>The context as <paramref name="step"/> sees it: the same artifacts, diagnostics and output, held to its contract.</summary>
    internal BuildContext For(IBuildStep step) => new(Options, _artifacts, Diagnostics.ForStep(step.Name), Output, step);

    internal bool Has(Type artifact) => _artifacts.ContainsKey(artifact);
}
