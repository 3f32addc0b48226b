using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Reading;

/// <summary>Reads <c>audiences.yml</c>: a list of audiences with their path, introduction, documents and section rules.</summary>
public static class AudienceReader
{
    public static ImmutableArray<Audience> Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, InputLayout.AudiencesFile);
        if (!File.Exists(path))
        {
            return [];
        }

        var source = InputFileReader.Read(path, InputLayout.AudiencesFile, diagnostics, maxBytes: 1024 * 1024);
        var rootNode = source is null ? null : YamlFile.Load(source, diagnostics);
        if (rootNode is null || source is null)
        {
            return [];
        }

        var audiences = new List<Audience>();
        foreach (var map in YamlMap.MapsOf(rootNode, "audiences", source, diagnostics))
        {
            map.RejectUnknownKeys("id", "name", "short_name", "path", "intro", "documents", "memos", "sections");
            var id = map.String("id", required: true);
            var name = map.String("name", required: true);
            if (id is null || name is null)
            {
                continue;
            }

            if (Slug.From(id, "") != id)
            {
                diagnostics.Error(map.LocationOf("id"), $"audience id '{id}' must be lower-case letters, digits and hyphens");
            }

            var pathPrefix = map.String("path") ?? id;
            if (Urls.SiteUrls.ReservedSegments.Contains(pathPrefix))
            {
                diagnostics.Error(map.LocationOf("path"), $"audience path '{pathPrefix}' is used by the site itself; choose another");
            }
            else if (Slug.From(pathPrefix, "") != pathPrefix)
            {
                diagnostics.Error(map.LocationOf("path"), $"audience path '{pathPrefix}' must be one URL segment of lower-case letters, digits and hyphens");
            }

            var rules = map.MapList("sections").Select(rule =>
            {
                rule.RejectUnknownKeys("document", "headings", "text", "terms");
                var terms = rule.StringList("terms");
                return new SectionRule(
                    rule.String("document", required: true) ?? "",
                    [.. rule.StringList("headings").Select(v => v.Value)],
                    [.. rule.StringList("text").Select(v => v.Value)],
                    [.. terms.Select(v => v.Value)],
                    rule.Location)
                {
                    TermLocations = [.. terms.Select(v => v.Location)],
                };
            }).ToImmutableArray();

            audiences.Add(new Audience(
                id,
                name,
                map.String("short_name") ?? name,
                pathPrefix,
                map.String("intro") ?? "",
                [.. map.StringList("documents").Select(v => v.Value)],
                map.Bool("memos") ?? false,
                rules,
                map.Location));
        }

        foreach (var duplicate in audiences.GroupBy(a => a.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Error(duplicate.Location, $"audience '{duplicate.Id}' is defined more than once");
        }

        foreach (var duplicate in audiences.GroupBy(a => a.Path).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Error(duplicate.Location, $"audience path '{duplicate.Path}' is used by more than one audience");
        }

        return [.. audiences];
    }
}
