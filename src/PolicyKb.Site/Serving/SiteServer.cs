using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyKb.Site.Serving;

/// <summary>
/// Serves the output folder the way the static host does (clean URLs, the 404 page, the same security headers,
/// compressed text), plus the live-reload stream. Extra endpoints (the search API) are mapped by the caller.
/// </summary>
public static class SiteServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Creates the server; <paramref name="port"/> 0 picks a free port (read it from the started app's addresses).</summary>
    public static WebApplication Create(string outputDirectory, string host, int port, LiveReload? liveReload, Action<WebApplication>? mapEndpoints = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        builder.Logging.ClearProviders();
        // The static host sends text compressed, so a page served here downloads (and scores) as it will there. The
        // event stream is not in the list: a compressing stream would hold the reload events back.
        builder.Services.AddResponseCompression(options =>
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/atom+xml"]);
        // The middleware's default, the fastest level, leaves a page twice the size the host sends (42 KB for the
        // privacy policy's 166 KB, where gzip -6 makes 23 KB).
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        var app = builder.Build();
        app.UseResponseCompression();

        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.All)
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });

        if (liveReload is not null)
        {
            app.MapGet(LiveReload.ScriptPath, () => Results.Text(LiveReload.Script, "text/javascript"));
            app.MapGet(LiveReload.EventsPath, async (HttpContext context) =>
            {
                context.Response.Headers.ContentType = "text/event-stream";
                context.Response.Headers.CacheControl = "no-store";
                var reader = liveReload.Subscribe();
                try
                {
                    await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
                    {
                        await context.Response.WriteAsync($"event: {message}\ndata: {message}\n\n", context.RequestAborted);
                        await context.Response.Body.FlushAsync(context.RequestAborted);
                    }
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    liveReload.Unsubscribe(reader);
                }
            });
        }

        mapEndpoints?.Invoke(app);
        // The host runs mapped endpoints only after the last middleware, which this terminal one never reaches: run
        // the endpoint routing matched (live reload, the search API) here, and serve a file otherwise.
        app.Run(context => context.GetEndpoint()?.RequestDelegate is { } endpoint
            ? endpoint(context)
            : ServeFile(context, outputDirectory, liveReload is not null));
        return app;
    }

    private static async Task ServeFile(HttpContext context, string outputDirectory, bool injectLiveReload)
    {
        var root = Path.GetFullPath(outputDirectory);
        var requestPath = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var candidate = Path.GetFullPath(Path.Combine(root, requestPath.TrimStart('/')));
        if (!candidate.StartsWith(root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(candidate))
        {
            if (!requestPath.EndsWith('/'))
            {
                context.Response.Redirect(requestPath + "/" + context.Request.QueryString, permanent: false);
                return;
            }

            candidate = Path.Combine(candidate, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(candidate))
        {
            status = StatusCodes.Status404NotFound;
            candidate = Path.Combine(root, "404.html");
            if (!File.Exists(candidate))
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(candidate, out var type) ? type : "application/octet-stream";
        if (candidate.EndsWith(".html", StringComparison.Ordinal) && injectLiveReload)
        {
            var html = await File.ReadAllTextAsync(candidate, context.RequestAborted);
            var index = html.LastIndexOf("</body>", StringComparison.Ordinal);
            html = index < 0 ? html + LiveReload.Tag : html.Insert(index, LiveReload.Tag);
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
            return;
        }

        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(candidate, context.RequestAborted);
    }
}
