using PolicyKb.Pipeline;

namespace PolicyKb.Tests.Pipeline;

/// <summary>An artifact is written once, and a step reads only what it needs and writes only what it makes.</summary>
public sealed class BuildContextTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    private BuildResult Run(params IBuildStep[] steps) =>
        new BuildPipeline(steps).Run(new BuildContext(BuildOptions.For(TestPaths.Input, _output.Path)));

    [Fact]
    public void An_artifact_is_written_once()
    {
        var context = new BuildContext(BuildOptions.For(TestPaths.Input, _output.Path));
        context.Set(new ReadText("first"));

        Should.Throw<InvalidOperationException>(() => context.Set(new ReadText("second")))
            .Message.ShouldBe("ReadText is already set: an artifact is written once.");
        context.Get<ReadText>().Text.ShouldBe("first");
    }

    [Fact]
    public void A_step_that_reads_what_it_does_not_need_fails_the_build()
    {
        var result = Run(new TestStep("Peek", BuildPhase.Input, context => context.TryGet<ReadText>()));

        result.FailedStep.ShouldBe("Peek");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldEndWith("Peek reads ReadText, which is not in its Needs.");
    }

    [Fact]
    public void A_step_that_writes_what_it_does_not_make_fails_the_build()
    {
        var result = Run(new TestStep("Sneak", BuildPhase.Input, context => context.Set(new ReadText("text"))));

        result.FailedStep.ShouldBe("Sneak");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldEndWith("Sneak makes ReadText, which is not in its Makes.");
    }

    [Fact]
    public void A_step_that_does_not_make_what_it_declares_fails_the_build()
    {
        var result = Run(new TestStep("Forget", BuildPhase.Input, _ => { }, makes: [typeof(ReadText)]));

        result.FailedStep.ShouldBe("Forget");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldEndWith("Forget did not make ReadText, which is in its Makes.");
    }

    [Fact]
    public void A_step_whose_input_had_errors_may_leave_what_it_makes_unmade()
    {
        var result = Run(new TestStep("Read", BuildPhase.Input, context => context.Diagnostics.Error("site.yml", 1, "no title"), makes: [typeof(ReadText)]));

        result.FailedStep.ShouldBe("Read");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("no title");
    }

    [Fact]
    public void What_a_step_reports_carries_its_name()
    {
        var result = Run(new TestStep("Check", BuildPhase.Check, context => context.Diagnostics.Warning("output/index.html", 3, "a warning")));

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Step.ShouldBe("Check");
    }
}
