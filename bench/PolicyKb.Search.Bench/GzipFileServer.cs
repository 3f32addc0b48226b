using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyKb.Search.Bench;

/// <summary>
/// Serves a folder on 127.0.0.1 the way a static host does: over HTTPS with HTTP/2 (a self-signed certificate the
/// benchmark's browser accepts), every file gzip-compressed (level optimal) unless it is already compressed
/// (Pagefind's index files), so that Chromium downloads what a reader would. Every file is compressed before the server
/// starts, as a static host's cache has them ready: a query's time is the engine's and the transfer's, not the
/// server's compressing (which Pagefind's precompressed files would be spared). <c>/bench/</c> is an empty page to
/// run the engines from.
/// </summary>
internal sealed class GzipFileServer : IAsyncDisposable
{
    // Pagefind gzips its index, fragment, metadata and wasm files itself.
    private static readonly string[] Precompressed = [".pf_index", ".pf_fragment", ".pf_meta", ".pagefind"];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ConcurrentDictionary<string, byte[]> _gzipped;
    private readonly WebApplication _app;

    private GzipFileServer(WebApplication app, ConcurrentDictionary<string, byte[]> gzipped)
    {
        _app = app;
        _gzipped = gzipped;
    }

    public string BaseUrl { get; private set; } = "";

    public static async Task<GzipFileServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var certificate = SelfSignedCertificate();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificate);
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var root = Path.GetFullPath(folder);
        var gzipped = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.ForEach(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !Precompressed.Any(e => f.EndsWith(e, StringComparison.Ordinal))),
            file => gzipped[file] = Gzip(file));
        var server = new GzipFileServer(app, gzipped);
        app.Run(context => server.Serve(context, root));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the key in a form it can use on every platform: go through PKCS #12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Serve(HttpContext context, string root)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path == "/bench/")
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>bench</title></head><body></body></html>");
            return;
        }

        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        var accepts = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.Ordinal);
        if (!accepts || Precompressed.Any(e => file.EndsWith(e, StringComparison.Ordinal)))
        {
            await context.Response.SendFileAsync(file);
            return;
        }

        var body = _gzipped.TryGetValue(file, out var ready) ? ready : Gzip(file);
        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private static byte[] Gzip(string file)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return memory.ToArray();
    }
}
