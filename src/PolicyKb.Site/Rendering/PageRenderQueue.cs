using PolicyKb.Pipeline;
using PolicyKb.Urls;

namespace PolicyKb.Site.Rendering;

/// <summary>
/// Renders many pages on all cores: one renderer per worker, each taking pages from a shared queue.
/// The resulting files do not depend on which worker rendered them.
/// </summary>
public static class PageRenderQueue
{
    public static void RenderAll(IReadOnlyList<PageJob> jobs, OutputSet output, ThemeComponents? components = null)
    {
        var next = -1;
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count));
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new RazorPageRenderer();
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                var job = jobs[index];
                var html = await renderer.RenderAsync((components ?? ThemeComponents.BuiltIn).Resolve(job.Component), job.Parameters);
                output.Add(SiteUrls.FileOf(job.Url), html);
            }
        })).ToArray();
        Task.WaitAll(tasks);
    }
}
