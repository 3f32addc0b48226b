using PolicyKb.Pipeline;
using PolicyKb.Reading;

namespace PolicyKb.Tests.Pipeline;

/// <summary>
/// A background step runs beside the steps after it, is finished before the phase it names, and a build never returns
/// with one still running, whether it succeeds or fails.
/// </summary>
public sealed class BuildPipelineTests
{
    [Fact]
    public void A_background_step_runs_beside_the_next_steps_and_is_finished_before_its_phase()
    {
        var started = new ManualResetEventSlim();
        var events = new List<string>();
        var background = new TestBackgroundStep("Index", BuildPhase.PostProcess, BuildPhase.Check, context =>
        {
            started.Set();
            // Waits until the output step, which comes after it, has run: it can only do so if it is not in its way.
            SpinWait.SpinUntil(() => context.Output.Contains("page.html"), TimeSpan.FromSeconds(30)).ShouldBeTrue();
            context.Output.Add("index.bin", [1]);
            lock (events)
            {
                events.Add("index");
            }
        });
        var render = new TestStep("Render", BuildPhase.Output, context =>
        {
            started.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            context.Output.Add("page.html", [1]);
            lock (events)
            {
                events.Add("render");
            }
        });
        var check = new TestStep("Check", BuildPhase.Check, context =>
        {
            context.Output.Contains("index.bin").ShouldBeTrue("the check runs after the background step finished");
            events.Add("check");
        });

        using var output = new TempFolder();
        var result = new BuildPipeline([check, render, background]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        events.ShouldBe(["render", "index", "check"]);
        result.Timings.Select(t => (t.Name, t.Background)).ShouldBe([("Render", false), ("Index", true), ("Check", false)]);
    }

    [Fact]
    public void A_failed_background_step_fails_the_build_with_its_name_before_the_phase_it_finishes_before()
    {
        var checkRan = false;
        var background = new TestBackgroundStep("Index", BuildPhase.PostProcess, BuildPhase.Check, _ => throw new InvalidDataException("the index is broken"));
        var check = new TestStep("Check", BuildPhase.Check, _ => checkRan = true);

        using var output = new TempFolder();
        var result = new BuildPipeline([background, check]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.Succeeded.ShouldBeFalse();
        result.FailedStep.ShouldBe("Index");
        result.Diagnostics.ShouldContain(d => d.Message.Contains("step Index failed: InvalidDataException: the index is broken"));
        checkRan.ShouldBeFalse();
    }

    [Fact]
    public void A_build_that_fails_while_a_background_step_runs_returns_only_once_that_step_is_done()
    {
        var finished = false;
        var background = new TestBackgroundStep("Index", BuildPhase.PostProcess, BuildPhase.Check, _ =>
        {
            Thread.Sleep(200);
            finished = true;
        });
        var render = new TestStep("Render", BuildPhase.Output, _ => throw new InvalidOperationException("a template is missing"));

        using var output = new TempFolder();
        var result = new BuildPipeline([background, render]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.Succeeded.ShouldBeFalse();
        result.FailedStep.ShouldBe("Render");
        Volatile.Read(ref finished).ShouldBeTrue("the build waited for its background step");
        result.Timings.Select(t => t.Name).ShouldBe(["Render", "Index"], "the background step's time is reported too");
    }

    [Fact]
    public void A_background_step_that_fails_beside_a_failing_step_is_reported_with_it()
    {
        var background = new TestBackgroundStep("Index", BuildPhase.PostProcess, BuildPhase.Check, _ =>
        {
            Thread.Sleep(100);
            throw new InvalidDataException("the index is broken");
        });
        var render = new TestStep("Render", BuildPhase.Output, _ => throw new InvalidOperationException("a template is missing"));

        using var output = new TempFolder();
        var result = new BuildPipeline([background, render]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.FailedStep.ShouldBe("Render");
        result.Diagnostics.Select(d => d.Message).ShouldContain(m => m.Contains("step Render failed", StringComparison.Ordinal));
        result.Diagnostics.Select(d => d.Message).ShouldContain(m => m.Contains("step Index failed: InvalidDataException", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_names_the_first_step_that_reported_an_error_not_the_last_of_its_phase()
    {
        var read = new TestStep("Read", BuildPhase.Input, context => context.Diagnostics.Error("policies/a/2025-01-01.md", 1, "the file is empty"));
        var glossary = new TestStep("Glossary", BuildPhase.Input, _ => { });
        var link = new TestStep("Link", BuildPhase.Process, _ => throw new InvalidOperationException("a build with errors stops after its phase"));

        using var output = new TempFolder();
        var result = new BuildPipeline([read, glossary, link]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.Succeeded.ShouldBeFalse();
        result.FailedStep.ShouldBe("Read");
        result.Diagnostics.ShouldHaveSingleItem().Step.ShouldBe("Read");
    }

    [Fact]
    public void A_step_that_needs_what_a_background_step_makes_waits_for_it()
    {
        var background = new TestBackgroundStep("Index", BuildPhase.PostProcess, BuildPhase.Check, context =>
        {
            Thread.Sleep(200);
            context.Set(new ReadText("indexed"));
        }, makes: [typeof(ReadText)]);
        string? seen = null;
        var report = new TestStep("Report", BuildPhase.Output, context => seen = context.Get<ReadText>().Text, needs: [Need.Required<ReadText>()]);

        using var output = new TempFolder();
        var result = new BuildPipeline([background, report]).Run(new BuildContext(BuildOptions.For(TestPaths.Input, output.Path)));

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        seen.ShouldBe("indexed");
        result.Timings.Select(t => t.Name).ShouldBe(["Index", "Report"]);
    }
}
