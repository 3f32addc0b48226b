using PolicyKb.Pipeline;
using PolicyKb.Publishing;
using PolicyKb.Site.Incremental;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Site;

/// <summary>Builds a site: runs the pipeline in memory and, only when it succeeded, publishes the output folder.</summary>
public static class SiteBuilder
{
    /// <summary>The name the publish of the output folder (see <see cref="OutputPublisher"/>) has in the build's timings.</summary>
    public const string PublishStep = "PublishOutput";

    public static (BuildResult Result, BuildContext Context) Build(
        BuildOptions options, string? themeDirectory = null, bool publish = true,
        Action<IBuildStep>? onStepStarting = null, Action<StepTiming>? onStepFinished = null, ThemeComponents? components = null,
        Action<BuildContext>? prepare = null)
    {
        var context = new BuildContext(options);
        if (components is not null)
        {
            context.Set(components);
        }

        // Artifacts the caller gives the steps (serve's caches, see Serving.RebuildCaches).
        prepare?.Invoke(context);

        // A full build ignores the last build's manifest but still writes its own, so the next build can be incremental.
        var incremental = new IncrementalRendering(options.Incremental ? BuildManifest.Load(options.CacheDirectory) : new BuildManifest(), options.OutputDirectory);
        context.Set(incremental);

        var result = SitePipeline.Create(themeDirectory).Run(context, onStepStarting, onStepFinished);
        if (result.Succeeded && publish)
        {
            var publishing = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                OutputPublisher.Publish(context.Output.Files, options.OutputDirectory, context.Output.Unchanged);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a read-only folder is a problem to report like any other; the publisher has put
                // the previous output back.
                return (PublishFailed(result, context, "the site", e), context);
            }

            incremental.NextManifest().Save(options.CacheDirectory);

            // Writing thousands of files is a large part of a build on a slow disk: the step table shows it too.
            result = WithPublishTime(result, publishing.Elapsed);
        }

        return (result, context);
    }

    /// <summary>The result of a build whose publish of <paramref name="what"/> failed: the problem reported, as every other, at the output folder.</summary>
    internal static BuildResult PublishFailed(BuildResult result, BuildContext context, string what, Exception e)
    {
        context.Diagnostics.ForStep("Publish").Error(context.Options.OutputDirectory, 1, $"cannot publish {what}: {e.Message}");
        return result with { Succeeded = false, Diagnostics = context.Diagnostics.All, FailedStep = "Publish" };
    }

    /// <summary>The result with the publish's time as the last row of its step table (<see cref="PublishStep"/>).</summary>
    internal static BuildResult WithPublishTime(BuildResult result, TimeSpan elapsed) =>
        result with { Timings = [.. result.Timings, new StepTiming(PublishStep, BuildPhase.Check, elapsed)] };
}
