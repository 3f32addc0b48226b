using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using PolicyKb.Site;
using PolicyKb.Site.Serving;

namespace PolicyKb.Tests.Serving;

/// <summary>`serve` answers as the static host does: compressed text with the security headers, and a live-reload stream that is not held back.</summary>
public sealed class SiteServerTests
{
    [Fact]
    public async Task Sends_pages_compressed_with_the_security_headers_and_the_reload_stream_uncompressed()
    {
        var folder = Directory.CreateTempSubdirectory("policykb-serve-").FullName;
        var html = "<!DOCTYPE html><html lang=\"en\"><body>" + string.Concat(Enumerable.Repeat("<p>Policy text, again and again.</p>", 500)) + "</body></html>";
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), html);
        var liveReload = new LiveReload();
        await using var app = SiteServer.Create(folder, "127.0.0.1", 0, liveReload);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var page = await client.SendAsync(request);
        page.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        var compressed = await page.Content.ReadAsByteArrayAsync();
        compressed.Length.ShouldBeLessThan(html.Length / 10);
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var text = await new StreamReader(brotli).ReadToEndAsync();
        text.ShouldStartWith(html[..^"</body></html>".Length]);

        using var events = new HttpRequestMessage(HttpMethod.Get, LiveReload.EventsPath);
        events.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var stream = await client.SendAsync(events, HttpCompletionOption.ResponseHeadersRead);
        stream.Content.Headers.ContentEncoding.ShouldBeEmpty();
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        (await reader.ReadLineAsync()).ShouldBe(": connected");
        liveReload.Reload();
        (await reader.ReadLineAsync()).ShouldBe("");
        (await reader.ReadLineAsync()).ShouldBe("event: reload");
        await app.StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}
