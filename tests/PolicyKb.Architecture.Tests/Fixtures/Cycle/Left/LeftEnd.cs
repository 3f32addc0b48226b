using PolicyKb.Architecture.Tests.Fixtures.Cycle.Right;

namespace PolicyKb.Architecture.Tests.Fixtures.Cycle.Left;

/// <summary>One end of a cycle introduced on purpose: it uses <see cref="RightEnd"/>, which uses it back.</summary>
public sealed class LeftEnd
{
    public RightEnd? Partner { get; init; }
}
