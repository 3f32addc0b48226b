using System.Reflection;
using ArchUnitNET.Loader;

namespace PolicyKb.Architecture.Tests;

/// <summary>Every assembly of the product (the tool, its libraries and the theme), loaded once for all the rules.</summary>
internal static class PolicyKbArchitecture
{
    /// <summary>The assemblies by name: the CLI is an executable whose types are internal, so no type of it can be named here.</summary>
    public static readonly string[] AssemblyNames = ["PolicyKb.Core", "PolicyKb.Views", "PolicyKb.Search", "PolicyKb.Site", "PolicyKb.Theme", "policykb"];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies([.. AssemblyNames.Select(Assembly.Load)]).Build());

    public static ArchUnitNET.Domain.Architecture Product => Loaded.Value;

    public static Assembly Core => Assembly.Load("PolicyKb.Core");
}
