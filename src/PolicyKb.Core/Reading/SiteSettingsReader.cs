using PolicyKb.Diagnostics;
using PolicyKb.Model;

namespace PolicyKb.Reading;

/// <summary>Reads <c>site.yml</c>: title, description, base URL, language, publisher.</summary>
public static class SiteSettingsReader
{
    public static SiteSettings Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, InputLayout.SiteFile);
        if (!File.Exists(path))
        {
            diagnostics.Error(InputLayout.SiteFile, 1, "missing site settings: create site.yml with at least 'title' and 'base_url'");
            return SiteSettings.Default;
        }

        var source = InputFileReader.Read(path, InputLayout.SiteFile, diagnostics, maxBytes: 1024 * 1024);
        var map = source is null ? null : YamlFile.LoadMap(source, diagnostics);
        if (map is null)
        {
            return SiteSettings.Default;
        }

        map.RejectUnknownKeys("title", "description", "base_url", "language", "publisher");
        var title = map.String("title", required: true) ?? SiteSettings.Default.Title;
        var baseUrl = map.String("base_url", required: true) ?? SiteSettings.Default.BaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Error(map.LocationOf("base_url"), $"'base_url' must be an absolute http(s) URL, not '{baseUrl}'");
        }

        return new SiteSettings(
            title,
            map.String("description") ?? "",
            baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            map.String("language") ?? "en",
            map.String("publisher"));
    }
}
