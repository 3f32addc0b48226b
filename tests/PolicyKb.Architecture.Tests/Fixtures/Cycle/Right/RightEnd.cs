using PolicyKb.Architecture.Tests.Fixtures.Cycle.Left;

namespace PolicyKb.Architecture.Tests.Fixtures.Cycle.Right;

/// <summary>The other end of the cycle: it uses <see cref="LeftEnd"/>.</summary>
public sealed class RightEnd
{
    public LeftEnd? Partner { get; init; }
}
