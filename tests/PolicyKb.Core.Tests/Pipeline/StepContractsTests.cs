using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.Folder;
using PolicyKb.Pipeline;

namespace PolicyKb.Tests.Pipeline;

/// <summary>
/// A pipeline checks its steps' contracts when it is built: every step comes after the steps that make what it needs,
/// and no artifact has two makers.
/// </summary>
public sealed class StepContractsTests
{
    private static TestStep Reads(string name, BuildPhase phase = BuildPhase.Input) =>
        new(name, phase, context => context.Set(new ReadText("text")), makes: [typeof(ReadText)]);

    private static TestStep Refines(string name, BuildPhase phase = BuildPhase.Input) =>
        new(name, phase, context => context.Set(new RefinedText(context.Get<ReadText>().Text)), [Need.Required<ReadText>()], [typeof(RefinedText)]);

    [Fact]
    public void A_step_listed_before_the_step_that_makes_what_it_needs_is_refused_with_both_names()
    {
        var refused = Should.Throw<InvalidOperationException>(() => new BuildPipeline([Refines("Refine"), Reads("Read")]));

        refused.Message.ShouldBe("Refine (Input) needs ReadText, which Read (Input) makes after it: list Read first.");
    }

    [Fact]
    public void A_step_that_needs_what_no_step_makes_is_refused()
    {
        var refused = Should.Throw<InvalidOperationException>(() => new BuildPipeline([Refines("Refine")]));

        refused.Message.ShouldBe("Refine needs ReadText, which no step of the pipeline makes.");
    }

    [Fact]
    public void Two_steps_that_make_the_same_artifact_are_refused()
    {
        var refused = Should.Throw<InvalidOperationException>(() => new BuildPipeline([Reads("Read"), Reads("ReadAgain")]));

        refused.Message.ShouldBe("Read and ReadAgain both make ReadText: an artifact is written once.");
    }

    [Fact]
    public void Steps_are_ordered_by_phase_before_they_are_checked()
    {
        var pipeline = new BuildPipeline([Refines("Refine", BuildPhase.Process), Reads("Read")]);

        pipeline.Steps.Select(s => s.Name).ShouldBe(["Read", "Refine"]);
    }

    [Fact]
    public void An_optional_need_no_step_makes_is_allowed()
    {
        var step = new TestStep("Render", BuildPhase.Output, context => context.TryGet<ReadText>().ShouldBeNull(), [Need.Optional<ReadText>()]);

        using var output = new TempFolder();
        new BuildPipeline([step]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void An_optional_need_made_after_the_step_is_refused()
    {
        var early = new TestStep("Render", BuildPhase.Input, _ => { }, [Need.Optional<ReadText>()]);

        var refused = Should.Throw<InvalidOperationException>(() => new BuildPipeline([early, Reads("Read")]));

        refused.Message.ShouldBe("Render (Input) needs ReadText (optional), which Read (Input) makes after it: list Read first.");
    }

    [Fact]
    public void A_pipeline_that_continues_another_on_the_same_context_is_given_its_artifacts()
    {
        using var output = new TempFolder();
        var context = new BuildContext(BuildOptions.For(TestPaths.Input, output.Path));
        var first = new BuildPipeline([Reads("Read")]);
        first.Run(context).Succeeded.ShouldBeTrue();

        var then = new BuildPipeline([Refines("Refine", BuildPhase.Process)], given: first.Artifacts);

        then.Run(context).Succeeded.ShouldBeTrue();
        context.Get<RefinedText>().Text.ShouldBe("text");
        Should.Throw<InvalidOperationException>(() => then.Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path))))
            .Message.ShouldBe("The pipeline is given ReadText, which the context does not hold.");
    }

    [Fact]
    public void Linking_terms_without_reading_the_glossary_is_refused_when_the_pipeline_is_built()
    {
        var refused = Should.Throw<InvalidOperationException>(() => new BuildPipeline([new ReadInputFolder(), new LinkDefinedTerms()]));

        refused.Message.ShouldBe("LinkDefinedTerms needs ListedTerms, which no step of the pipeline makes.");
    }

    [Fact]
    public void A_step_is_named_after_its_type()
    {
        IBuildStep step = new ReadGlossary();

        step.Name.ShouldBe("ReadGlossary");
    }
}
