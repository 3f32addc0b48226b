using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PolicyKb.Site.Serving;
using PolicyKb.Tests;
using Spectre.Console.Testing;

namespace PolicyKb.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c> end to end, on a copy of the real input: an edit of a policy version sends <c>reload</c> once the
/// page shows it, then <c>search</c> once <c>/api/search</c> finds it.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task An_edit_reloads_the_page_with_it_then_the_search_finds_it()
    {
        using var folder = new TempFolder();
        var input = folder.CopyFrom(TestPaths.Input, "input");
        var port = FreePort();
        using var stdout = new TestConsole();
        using var stderr = new TestConsole();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var serving = PolicyKbApp.RunAsync(["serve", "-i", input, "-o", Path.Combine(folder.Path, "out"), "-p", port.ToString(CultureInfo.InvariantCulture)], stdout, stderr, stop.Token);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServing(client, serving, stop.Token);
            using var events = new StreamReader(await client.GetStreamAsync(LiveReload.EventsPath, stop.Token));
            (await events.ReadLineAsync(stop.Token)).ShouldBe(": connected");

            const string Word = "quokkaquorum";
            await File.AppendAllTextAsync(Path.Combine(input, "policies", "privacy-policy", "2025-06-16.md"), $"\n\nThe {Word} paragraph was added while serving.\n", stop.Token);

            await NextEvent(events, "reload", stop.Token);
            (await client.GetStringAsync("/policies/privacy-policy/", stop.Token)).ShouldContain(Word);

            await NextEvent(events, "search", stop.Token);
            var answer = await client.GetStringAsync($"/api/search?q={Word}", stop.Token);
            answer.ShouldContain("privacy-policy");
            stdout.Output.ShouldContain("pages rendered");
            stdout.Output.ShouldContain("Search index rebuilt");
        }
        finally
        {
            await stop.CancelAsync();
            (await serving).ShouldBe(0, stderr.Output);
        }
    }

    private static async Task WaitUntilServing(HttpClient client, Task<int> serving, CancellationToken cancellation)
    {
        while (true)
        {
            serving.IsCompleted.ShouldBeFalse("serve stopped before it served");
            try
            {
                using var response = await client.GetAsync("/", cancellation);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, cancellation);
        }
    }

    /// <summary>Reads the server-sent events until one named <paramref name="name"/>.</summary>
    private static async Task NextEvent(StreamReader events, string name, CancellationToken cancellation)
    {
        while (await events.ReadLineAsync(cancellation) is { } line)
        {
            if (line == $"event: {name}")
            {
                return;
            }
        }

        throw new InvalidOperationException($"The event stream ended before a '{name}' event.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
