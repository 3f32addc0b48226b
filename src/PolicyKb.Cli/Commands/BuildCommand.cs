using System.CommandLine;
using System.Diagnostics;
using PolicyKb.Cli.Terminal;
using PolicyKb.Cli.Theming;
using PolicyKb.Diagnostics;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.History;
using PolicyKb.Pipeline;
using PolicyKb.Site;
using Spectre.Console;

namespace PolicyKb.Cli.Commands;

/// <summary><c>build</c>: input folder → output folder, with progress, every problem as path:line, and a timing summary.</summary>
internal static class BuildCommand
{
    public static Command Create(Consoles consoles)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var theme = CommonOptions.Theme();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems and the one-line result." };
        var full = new Option<bool>("--full") { Description = "Render every page, ignoring what the last build rendered." };
        var command = new Command("build", "Build the static site from the input folder.") { input, output, baseUrl, theme, quiet, full };
        command.SetAction(parse => Run(
            consoles,
            BuildOptionsFor(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(baseUrl)) with { Incremental = !parse.GetValue(full) },
            CommonOptions.ResolveTheme(parse.GetValue(theme)),
            parse.GetValue(quiet)));
        return command;
    }

    public static BuildOptions BuildOptionsFor(DirectoryInfo input, DirectoryInfo output, string? baseUrl) =>
        BuildOptions.For(input.FullName, output.FullName) with { BaseUrl = baseUrl ?? Environment.GetEnvironmentVariable("POLICYKB_BASE_URL") };

    /// <summary>
    /// Builds and publishes the site, printing its problems and summary; 0 when it was published. <paramref name="published"/>
    /// is called with the build's context when it was (<c>serve</c> keeps it: see <see cref="PolicyKb.Site.Serving.LiveSite"/>),
    /// and <paramref name="prepare"/> with the context before the build runs.
    /// </summary>
    public static int Run(Consoles consoles, BuildOptions options, string? themeDirectory, bool quiet, Action<BuildContext>? published = null, Action<BuildContext>? prepare = null)
    {
        var console = consoles.Out;
        var stopwatch = Stopwatch.StartNew();

        // A site's own components are compiled first; when one is broken the input is still checked, so every
        // problem is reported at once, and nothing is published.
        var (components, themeProblems) = ThemeOverrides.In(themeDirectory)?.Compile(options.CacheDirectory) ?? (null, []);
        var publish = themeProblems.Count == 0;
        var (result, context) = quiet || !console.Profile.Capabilities.Interactive
            ? SiteBuilder.Build(options, themeDirectory, publish, onStepStarting: quiet ? null : step => console.MarkupLineInterpolated($"[grey]{step.Phase,-11}[/] {step.Name}"), components: components, prepare: prepare)
            : console.Status().Start("Building", status => SiteBuilder.Build(options, themeDirectory, publish, onStepStarting: step => status.Status($"{step.Phase}: {step.Name}"), components: components, prepare: prepare));
        stopwatch.Stop();

        var diagnostics = themeProblems.Concat(result.Diagnostics).ToList();
        consoles.Error.WriteDiagnostics(diagnostics);
        if (!result.Succeeded || !publish)
        {
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var failed = publish ? result.FailedStep : themeProblems[0].Step;
            consoles.Error.WritePlainLine($"Build failed in {failed} with {errors} error{(errors == 1 ? "" : "s")}; {options.OutputDirectory} was left as it was.");
            return 1;
        }

        published?.Invoke(context);
        if (!quiet)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("Step").AddColumn("Phase").AddColumn(new TableColumn("Time").RightAligned());
            foreach (var timing in result.Timings)
            {
                table.AddRow(timing.Name, timing.Phase + (timing.Background ? " *" : ""), $"{timing.Elapsed.TotalMilliseconds:N0} ms");
            }

            if (result.Timings.Any(t => t.Background))
            {
                table.Caption("[grey]* ran in the background, beside the steps after it[/]");
            }

            console.Write(table);
        }

        var pages = context.Output.Files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal));
        if (!quiet && context.TryGet<PolicyKb.Site.Incremental.IncrementalRendering>() is { Reused: > 0 } incremental)
        {
            console.MarkupLineInterpolated($"[grey]Incremental: {incremental.Rendered} pages rendered, {incremental.Reused} unchanged pages reused from the previous build.[/]");
        }

        if (!quiet && options.Incremental && context.TryGet<PolicyKb.Search.Steps.SearchIndexBuilt>() is { Parts: > 0 } index)
        {
            if (index.Reused)
            {
                console.MarkupLine("[grey]Search index: unchanged, reused from the previous build.[/]");
            }
            else if (index.PartsWritten < index.Parts)
            {
                console.MarkupLineInterpolated($"[grey]Search index: {index.PartsWritten} of {index.Parts} parts written, the others reused.[/]");
            }
            else
            {
                console.MarkupLineInterpolated($"[grey]Search index: all {index.Parts} parts written.[/]");
            }
        }

        var kb = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        foreach (var policy in kb.Policies.Where(HistorySummary.IsRecorded))
        {
            console.WriteLine(HistorySummary.Line(policy));
        }

        console.MarkupLineInterpolated(
            $"[green]Built[/] {pages} pages from {kb.Policies.Length} policies ({kb.Policies.Sum(p => p.Versions.Length)} versions) and {kb.Memos.Length} memos: {context.Output.Count} files, {context.Output.TotalBytes / 1024.0:N0} KiB in {stopwatch.Elapsed.TotalSeconds:N2} s → {options.OutputDirectory}");
        return 0;
    }
}
