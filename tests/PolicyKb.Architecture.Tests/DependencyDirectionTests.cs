using ArchUnitNET.xUnit;

namespace PolicyKb.Architecture.Tests;

/// <summary>
/// Dependencies go one way: the model depends on nothing, the stages of Core only on the stages before them, and the
/// projects only on those below them (Core, then Views and Search, then the theme and the site, then the CLI).
/// </summary>
public sealed class DependencyDirectionTests
{
    /// <summary>The stages of the flow, in order: each may use the ones before it, never one after it.</summary>
    public static readonly TheoryData<string, string[]> Stages = new()
    {
        { "PolicyKb.Reading", ["PolicyKb.Importing", "PolicyKb.Enriching", "PolicyKb.Authoring"] },
        { "PolicyKb.Importing", ["PolicyKb.Enriching", "PolicyKb.Authoring"] },
        { "PolicyKb.Enriching", ["PolicyKb.Authoring"] },
    };

    [Fact]
    public void The_model_depends_on_no_other_namespace()
    {
        NamespaceRules.DependsOnlyOn("PolicyKb.Model").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void Words_depend_only_on_the_model()
    {
        NamespaceRules.DependsOnlyOn("PolicyKb.Words", "PolicyKb.Model").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void Diagnostics_depend_only_on_the_model()
    {
        NamespaceRules.DependsOnlyOn("PolicyKb.Diagnostics", "PolicyKb.Model").Check(PolicyKbArchitecture.Product);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_never_depends_on_a_later_one(string stage, string[] later)
    {
        NamespaceRules.NeverDependsOn(stage, later).Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void Core_never_depends_on_the_projects_built_on_it()
    {
        NamespaceRules.CoreNeverDependsOn("PolicyKb.Views", "PolicyKb.Search", "PolicyKb.Site", "PolicyKb.Cli", "PolicyKb.Theme").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void Views_never_depend_on_the_site_search_or_cli()
    {
        NamespaceRules.NeverDependsOn("PolicyKb.Views", "PolicyKb.Site", "PolicyKb.Search", "PolicyKb.Cli").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void Search_never_depends_on_the_site_views_or_cli()
    {
        NamespaceRules.NeverDependsOn("PolicyKb.Search", "PolicyKb.Site", "PolicyKb.Views", "PolicyKb.Cli").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void The_theme_never_depends_on_the_site_or_cli()
    {
        NamespaceRules.NeverDependsOn("PolicyKb.Theme", "PolicyKb.Site", "PolicyKb.Cli").Check(PolicyKbArchitecture.Product);
    }

    [Fact]
    public void The_direction_rules_report_a_dependency_that_exists()
    {
        var fixtures = new ArchUnitNET.Loader.ArchLoader().LoadAssemblies(typeof(DependencyDirectionTests).Assembly).Build();
        const string upper = "PolicyKb.Architecture.Tests.Fixtures.Layered.Upper";
        const string lower = "PolicyKb.Architecture.Tests.Fixtures.Layered.Lower";

        NamespaceRules.NeverDependsOn(upper, lower).HasNoViolations(fixtures).ShouldBeFalse();
        NamespaceRules.DependsOnlyOn(upper).HasNoViolations(fixtures).ShouldBeFalse();
        NamespaceRules.NeverDependsOn(lower, upper).HasNoViolations(fixtures).ShouldBeTrue();
        NamespaceRules.DependsOnlyOn(upper, lower).HasNoViolations(fixtures).ShouldBeTrue();
    }
}
