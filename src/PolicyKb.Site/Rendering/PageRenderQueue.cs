using PolicyKb.Pipeline;
using PolicyKb.Urls;

namespace PolicyKb.Site.Rendering;

/// <summary>
/// Renders many pages on all cores: each worker takes the next page from a shared sequence and renders it. Pages are
/// described only when a worker takes them, so the models of thousands of pages (their tables of contents, section
/// maps, version lists) never sit in memory at once. The resulting files do not depend on which worker rendered them.
/// </summary>
public static class PageRenderQueue
{
    /// <summary>
    /// Renders every job into <paramref name="output"/>; <paramref name="written"/> hears of each page once it is in the
    /// output (with whether it was reused). A job that <paramref name="reuse"/> puts in the output itself (an incremental
    /// build copying an unchanged page) is not rendered.
    /// </summary>
    public static void RenderAll(
        IEnumerable<PageJob> jobs, OutputSet output, ThemeComponents? components = null,
        Action<PageJob, bool>? written = null, Func<PageJob, bool>? reuse = null)
    {
        using var pending = jobs.GetEnumerator();
        var workers = Math.Max(1, Environment.ProcessorCount);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new RazorPageRenderer();
            while (Next(pending) is { } job)
            {
                if (reuse is not null && reuse(job))
                {
                    written?.Invoke(job, true);
                    continue;
                }

                var html = await renderer.RenderUtf8Async((components ?? ThemeComponents.BuiltIn).Resolve(job.Component), job);
                output.Add(SiteUrls.FileOf(job.Url), html);
                written?.Invoke(job, false);
            }
        })).ToArray();
        Task.WaitAll(tasks);
    }

    private static PageJob? Next(IEnumerator<PageJob> pending)
    {
        lock (pending)
        {
            return pending.MoveNext() ? pending.Current : null;
        }
    }
}
