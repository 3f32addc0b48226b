using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PolicyKb.Architecture.Tests;

/// <summary>The rules the tests check, written once so that the product and the fixtures are checked by the same ones.</summary>
internal static class NamespaceRules
{
    /// <summary>No two namespaces under <paramref name="root"/> depend on each other, directly or through others: each namespace (folder) is a slice.</summary>
    public static IArchRule FreeOfCycles(string root) =>
        SliceRuleDefinition.Slices().Matching(root + ".(**)").Should().BeFreeOfCycles();

    /// <summary>The types of <paramref name="from"/> (and the namespaces below it) use no PolicyKb type outside it and <paramref name="allowed"/>.</summary>
    public static IArchRule DependsOnlyOn(string from, params string[] allowed)
    {
        var others = Types().That().ResideInNamespaceOrBelow("PolicyKb").And().DoNotResideInNamespaceOrBelow(from);
        foreach (var name in allowed)
        {
            others = others.And().DoNotResideInNamespaceOrBelow(name);
        }

        return Types().That().ResideInNamespaceOrBelow(from).Should().NotDependOnAny(others);
    }

    /// <summary>The types of <paramref name="from"/> (and the namespaces below it) use no type of <paramref name="forbidden"/>.</summary>
    public static IArchRule NeverDependsOn(string from, params string[] forbidden) =>
        Types().That().ResideInNamespaceOrBelow(from).Should().NotDependOnAny(InAny(forbidden));

    /// <summary>The types of the Core assembly use no type of <paramref name="forbidden"/>.</summary>
    public static IArchRule CoreNeverDependsOn(params string[] forbidden) =>
        Types().That().ResideInAssembly(PolicyKbArchitecture.Core).Should().NotDependOnAny(InAny(forbidden));

    private static GivenTypesConjunction InAny(string[] namespaces)
    {
        var types = Types().That().ResideInNamespaceOrBelow(namespaces[0]);
        foreach (var name in namespaces.Skip(1))
        {
            types = types.Or().ResideInNamespaceOrBelow(name);
        }

        return types;
    }
}
