using PolicyKb.Pipeline;

namespace PolicyKb.Reading;

/// <summary>Hashes every input file, for incremental builds: a page is rendered again only when what it depends on changed.</summary>
public sealed class FingerprintInputs : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Input;

    public IReadOnlyList<Need> Needs { get; } = [];

    public IReadOnlyList<Type> Makes { get; } = [typeof(InputFingerprints)];

    public void Execute(BuildContext context) => context.Set(InputFingerprints.Compute(context.Options.InputDirectory));
}
