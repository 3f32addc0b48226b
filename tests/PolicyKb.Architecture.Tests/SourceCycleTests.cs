using PolicyKb.Tests;

namespace PolicyKb.Architecture.Tests;

/// <summary>No two namespaces of the sources depend on each other, counting what only the source shows (constants); and the check does catch a cycle.</summary>
public sealed class SourceCycleTests
{
    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(File.ReadAllText);

    [Fact]
    public void No_two_namespaces_of_the_sources_depend_on_each_other()
    {
        var graph = SourceDependencies.Of(Sources(), "PolicyKb");

        graph.Count.ShouldBeGreaterThan(30, "every folder of src/ is a namespace");
        SourceDependencies.Cycles(graph).Select(c => string.Join(" <-> ", c)).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_reports_a_cycle_made_only_of_using_directives()
    {
        string[] sources =
        [
            "using Shop.Pricing;\n\nnamespace Shop.Orders;\n\npublic static class Order { public const string Field = Price.Field; }\n",
            "using static Shop.Orders.Order;\n\nnamespace Shop.Pricing;\n\npublic static class Price { public const string Field = \"price\"; }\n",
            "using Shop.Orders;\n\nnamespace Shop.Reports;\n",
        ];

        var graph = SourceDependencies.Of(sources, "Shop");

        graph["Shop.Reports"].ShouldBe(["Shop.Orders"]);
        SourceDependencies.Cycles(graph).ShouldHaveSingleItem().ShouldBe(["Shop.Orders", "Shop.Pricing"]);
    }
}
