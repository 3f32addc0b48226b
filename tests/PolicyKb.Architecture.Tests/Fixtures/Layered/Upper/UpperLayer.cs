using PolicyKb.Architecture.Tests.Fixtures.Layered.Lower;

namespace PolicyKb.Architecture.Tests.Fixtures.Layered.Upper;

/// <summary>A namespace that uses <see cref="LowerLayer"/>, which does not use it back.</summary>
public sealed class UpperLayer
{
    public LowerLayer Below { get; init; } = new();
}
