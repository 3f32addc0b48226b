using PolicyKb.Site;
using Tomlyn;
using Tomlyn.Model;

namespace PolicyKb.Tests;

/// <summary>netlify.toml parses and says what the site needs: build, publish folder, 404, caching and security headers.</summary>
public sealed class NetlifyConfigTests
{
    private readonly TomlTable _config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(TestPaths.Repository, "netlify.toml")))!;

    private IEnumerable<TomlTable> Headers => ((TomlTableArray)_config["headers"]).Cast<TomlTable>();

    private TomlTable HeadersFor(string path) => (TomlTable)Headers.Single(h => (string)h["for"] == path)["values"];

    [Fact]
    public void Builds_with_the_projects_build_script_and_publishes_the_output_folder()
    {
        var build = (TomlTable)_config["build"];
        build["publish"].ShouldBe("output");
        build["command"].ShouldBe("bash .ci/netlify-build");
        File.Exists(Path.Combine(TestPaths.Repository, ".ci", "netlify-build")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(TestPaths.Repository, ".ci", "netlify-build")).ShouldContain("-- build");
    }

    [Fact]
    public void Serves_the_404_page_for_unknown_addresses()
    {
        var redirect = ((TomlTableArray)_config["redirects"]).Cast<TomlTable>().Single();
        redirect["from"].ShouldBe("/*");
        redirect["to"].ShouldBe("/404.html");
        redirect["status"].ShouldBe(404L);
    }

    [Fact]
    public void Sends_the_same_security_headers_as_serve()
    {
        var headers = HeadersFor("/*");
        foreach (var (name, value) in SecurityHeaders.All)
        {
            headers[name].ShouldBe(value, name);
        }

        SecurityHeaders.ContentSecurityPolicy.ShouldContain("script-src 'self'");
        SecurityHeaders.ContentSecurityPolicy.ShouldContain("frame-ancestors 'none'");
        SecurityHeaders.ContentSecurityPolicy.ShouldNotContain("unsafe-inline");
    }

    [Fact]
    public void Caches_content_hashed_assets_forever()
    {
        HeadersFor("/assets/*")["Cache-Control"].ShouldBe("public, max-age=31536000, immutable");
    }

    [Fact]
    public void Caches_forever_every_built_file_named_by_its_content_and_no_other()
    {
        var immutable = Headers
            .Where(h => ((TomlTable)h["values"]).TryGetValue("Cache-Control", out var value) && ((string)value).Contains("immutable", StringComparison.Ordinal))
            .Select(h => (string)h["for"])
            .ToList();
        bool CachedForever(string file) => immutable.Any(pattern => Matches(pattern, "/" + file));

        var files = SeedSite.Context.Output.Files.Select(f => f.Key).ToList();
        var hashed = files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal) || f.StartsWith("search-index/", StringComparison.Ordinal)).ToList();
        hashed.ShouldContain(f => f.StartsWith("search-index/terms/", StringComparison.Ordinal));
        hashed.ShouldContain(f => f.StartsWith("search-index/sections/", StringComparison.Ordinal));
        foreach (var file in hashed.Where(f => f != "search-index/manifest.json"))
        {
            CachedForever(file).ShouldBeTrue(file);
        }

        // The manifest keeps its name and says which hashed files are current; pages keep their addresses.
        files.ShouldContain("search-index/manifest.json");
        CachedForever("search-index/manifest.json").ShouldBeFalse();
        foreach (var file in files.Except(hashed))
        {
            CachedForever(file).ShouldBeFalse(file);
        }
    }

    /// <summary>Netlify's header paths: a <c>*</c> matches anything, slashes included.</summary>
    private static bool Matches(string pattern, string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(path, "^" + string.Join(".*", pattern.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$");
}
