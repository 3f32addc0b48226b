using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests.Js;

/// <summary>Runs one of the Node scripts beside this file with a JSON request on stdin, and parses the JSON it prints.</summary>
internal static class NodeScript
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ScriptFolder => Path.Combine(TestPaths.Repository, "tests", "PolicyKb.Search.Tests", "Js");

    public static string ThemeSearchFolder => Path.Combine(TestPaths.Repository, "theme", "assets", "search");

    public static JsonNode Run(string script, object request)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(ScriptFolder, script)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(JsonSerializer.Serialize(request, Json));
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {error.Result}");
        }

        return JsonNode.Parse(output.Result) ?? throw new InvalidOperationException($"node {script} printed nothing");
    }
}
