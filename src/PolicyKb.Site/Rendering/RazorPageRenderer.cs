using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyKb.Site.Rendering;

/// <summary>
/// Renders Razor components of the theme to HTML with the framework's <see cref="HtmlRenderer"/>. Each page gets a
/// renderer of its own, disposed as soon as the page is written: a renderer keeps every component it ever rendered
/// until it is disposed, so one renderer for a whole build held every page's component tree in memory (700 MB for
/// the Open Terms Archive corpus) and made the garbage collector scan it again and again. The service provider is
/// kept for the renderer's life, because building one per page compiles its resolvers anew each time. One instance
/// renders one page at a time (each render worker has its own), which lets it reuse its output buffer.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggers;
    private readonly MemoryStream _buffer = new();

    public RazorPageRenderer()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        _loggers = _services.GetRequiredService<ILoggerFactory>();
    }

    /// <summary>Renders <paramref name="job"/> with <paramref name="component"/> (its component, or the one <c>serve</c> compiled in its place) straight to UTF-8, the form it is published in.</summary>
    public async Task<byte[]> RenderUtf8Async(Type component, PageJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var renderer = new HtmlRenderer(_services, _loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParametersOf(job));
            _buffer.SetLength(0);
            await using (var writer = new StreamWriter(_buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
            {
                output.WriteHtmlTo(writer);
            }

            return _buffer.ToArray();
        });
    }

    /// <summary>
    /// The job as the theme's page components take it: parameters named as the job's properties. A page without a
    /// model (the 404 page) is given none, since its component declares no such parameter.
    /// </summary>
    private static ParameterView ParametersOf(PageJob job)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { [nameof(PageJob.Site)] = job.Site, [nameof(PageJob.Meta)] = job.Meta };
        if (job.Model is not null)
        {
            parameters[nameof(PageJob.Model)] = job.Model;
        }

        return ParameterView.FromDictionary(parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await _buffer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
