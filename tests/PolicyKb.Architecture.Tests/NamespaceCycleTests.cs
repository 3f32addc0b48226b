using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using PolicyKb.Architecture.Tests.Fixtures.Cycle.Left;
using PolicyKb.Architecture.Tests.Fixtures.Layered.Upper;

namespace PolicyKb.Architecture.Tests;

/// <summary>No two PolicyKb namespaces depend on each other, across all assemblies; and the rule does catch a cycle.</summary>
public sealed class NamespaceCycleTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Fixtures = new(() =>
        new ArchLoader().LoadAssemblies(typeof(NamespaceCycleTests).Assembly).Build());

    [Fact]
    public void No_two_namespaces_of_the_product_depend_on_each_other()
    {
        NamespaceRules.FreeOfCycles("PolicyKb").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void The_rule_reports_two_namespaces_made_to_depend_on_each_other()
    {
        var root = typeof(LeftEnd).Namespace![..typeof(LeftEnd).Namespace!.LastIndexOf('.')];

        var failures = NamespaceRules.FreeOfCycles(root).Evaluate(Fixtures.Value).Where(r => !r.Passed).ToList();

        var cycle = failures.ShouldHaveSingleItem().Description;
        cycle.ShouldContain("Left -> Right");
        cycle.ShouldContain("Right -> Left");
    }

    [Fact]
    public void The_rule_passes_namespaces_that_depend_one_way()
    {
        var root = typeof(UpperLayer).Namespace![..typeof(UpperLayer).Namespace!.LastIndexOf('.')];

        NamespaceRules.FreeOfCycles(root).HasNoViolations(Fixtures.Value).ShouldBeTrue();
    }
}
