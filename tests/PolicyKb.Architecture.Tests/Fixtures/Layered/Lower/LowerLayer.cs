namespace PolicyKb.Architecture.Tests.Fixtures.Layered.Lower;

/// <summary>A namespace that depends on nothing, used by <see cref="Upper.UpperLayer"/>.</summary>
public sealed class LowerLayer
{
    public string Name { get; init; } = "";
}
