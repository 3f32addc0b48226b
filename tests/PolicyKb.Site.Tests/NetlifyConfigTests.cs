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
}
