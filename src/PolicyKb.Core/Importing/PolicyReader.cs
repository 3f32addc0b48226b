using System.Text.RegularExpressions;
using PolicyKb.Diagnostics;
using PolicyKb.Hashing;
using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing;

/// <summary>
/// Reads <c>policies/&lt;id&gt;/</c>: the policy's <c>policy.yml</c>, its dated files and its recordings
/// (<c>recordings/</c>), which the <see cref="HistoryReader"/> judges together and turns into versions, each imported
/// by the importer for its extension. Versions are imported in parallel; the result is ordered, so it is the same on
/// every run.
/// </summary>
public sealed partial class PolicyReader(IReadOnlyDictionary<SourceFormat, IDocumentImporter> importers)
{
    private static readonly string[] PolicyKeys =
        ["title", "kind", "service", "audiences", "language", "dated_by", "source_url", "summary", "versions", "headings"];

    /// <summary>
    /// Reads every policy folder of <paramref name="root"/>. With a <paramref name="cache"/> and the input's
    /// <paramref name="fingerprints"/>, a policy whose files did not change since the cache read it is taken from it.
    /// </summary>
    public ImmutableArray<Policy> Read(string root, IReadOnlySet<string> audienceIds, DiagnosticBag diagnostics, PolicyReadCache? cache = null, InputFingerprints? fingerprints = null)
    {
        var folder = Path.Combine(root, InputLayout.PoliciesFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(InputLayout.PoliciesFolder, 1, "missing the policies folder: put each policy in policies/<policy-id>/");
            return [];
        }

        var directories = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList();
        var policies = new Policy?[directories.Count];
        if (cache is not null && fingerprints is not null)
        {
            // A policy depends on its folder's files, on the images anywhere in the input (a document may show one
            // from the input's root) and on the audience ids.
            var shared = ContentHash.Of([.. fingerprints.Files.Where(f => IsAsset(Path.GetExtension(f.Path).ToLowerInvariant())).SelectMany(f => new[] { f.Path, fingerprints.Of(f.Path) }),
                "audiences", .. audienceIds.Order(StringComparer.Ordinal)]);
            cache.Keep(directories.ToHashSet(StringComparer.Ordinal));
            Parallel.For(0, directories.Count, i =>
            {
                var key = ContentHash.Of([fingerprints.OfFolder(InputLayout.Relative(root, directories[i])), shared]);
                policies[i] = cache.Read(directories[i], key, diagnostics, own => ReadPolicy(root, directories[i], audienceIds, own, (cache, fingerprints, shared)));
            });
        }
        else
        {
            Parallel.For(0, directories.Count, i => policies[i] = ReadPolicy(root, directories[i], audienceIds, diagnostics));
        }

        var result = policies.OfType<Policy>().ToList();
        foreach (var clash in result.GroupBy(p => p.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.ForDocument(clash.Id).Error(clash.Metadata.Location, $"policy folder gives the id '{clash.Id}', which another policy folder already has");
        }

        return [.. result.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    private Policy? ReadPolicy(string root, string directory, IReadOnlySet<string> audienceIds, DiagnosticBag diagnostics,
        (PolicyReadCache Cache, InputFingerprints Fingerprints, string Shared)? cached = null)
    {
        var relativeFolder = InputLayout.Relative(root, directory);
        var id = Slug.From(Path.GetFileName(directory), "");
        if (id.Length == 0)
        {
            diagnostics.Error(relativeFolder, 1, "the folder name gives no usable id; name policy folders with letters or digits");
            return null;
        }

        diagnostics = diagnostics.ForDocument(id);

        var metadataPath = Path.Combine(directory, InputLayout.PolicyFile);
        var relativeMetadata = relativeFolder + "/" + InputLayout.PolicyFile;
        if (!File.Exists(metadataPath))
        {
            diagnostics.Error(relativeMetadata, 1, "missing policy metadata: create policy.yml with title, kind, audiences and language");
            return null;
        }

        // A broken policy.yml does not stop the version files from being checked: every problem is reported at once.
        var metadataSource = InputFileReader.Read(metadataPath, relativeMetadata, diagnostics, maxBytes: 1024 * 1024);
        var map = metadataSource is null ? null : YamlFile.LoadMap(metadataSource, diagnostics);
        var metadata = map is null ? null : ReadMetadata(map, audienceIds, diagnostics);
        var notes = map is null ? [] : ReadVersionNotes(map, diagnostics);
        var options = new ImportOptions(metadata?.SourceUrl, map is null ? [] : ReadHints(map), src => ResolveImage(root, directory, src));

        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).Equals(InputLayout.PolicyFile, StringComparison.Ordinal))
            .ToList();
        var dated = new List<DatedFile>();
        foreach (var file in files)
        {
            var relative = InputLayout.Relative(root, file);
            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var format = InputLayout.MarkdownExtensions.Contains(extension) ? SourceFormat.Markdown
                : InputLayout.TextExtensions.Contains(extension) ? (SourceFormat?)SourceFormat.PlainText : null;
            if (format is null)
            {
                if (!IsAsset(extension))
                {
                    diagnostics.Error(relative, 1, $"unexpected file in a policy folder: versions are named by their date, like 2025-06-16.md or 2025-06-16.txt");
                }

                continue;
            }

            if (VersionDate(name) is not { } date)
            {
                diagnostics.Error(relative, 1, $"version file '{name}' must be named by its date as yyyy-MM-dd{extension} (a real date)");
                continue;
            }

            dated.Add(new DatedFile(date, relative, file, format.Value));
        }

        var recorded = RecordingsFolder.Read(root, directory, diagnostics);
        // With a cache, a file is imported again only when it, the policy's policy.yml (heading hints, source address) or
        // the input's images changed.
        HistoryReader.Importer? import = null;
        if (cached is { } c)
        {
            var besides = ContentHash.Of([c.Shared, c.Fingerprints.Of(relativeMetadata)]);
            import = (file, own, run) => c.Cache.Import(Path.Combine(root, file.RelativePath), ContentHash.Of([besides, file.RelativePath, c.Fingerprints.Of(file.RelativePath)]), own, run);
        }

        var (versions, recordings) = new HistoryReader(importers).Read(id, metadata, dated, recorded, notes, options, diagnostics, import);

        foreach (var group in dated.GroupBy(d => d.Date).Where(g => g.Count() > 1))
        {
            foreach (var path in group.Select(g => g.RelativePath))
            {
                diagnostics.Error(path, 1, $"two versions have the date {group.Key:yyyy-MM-dd}: {string.Join(" and ", group.Select(g => g.RelativePath))}; keep one file per date");
            }
        }

        if (dated.Count == 0 && recorded.Count == 0)
        {
            diagnostics.Error(relativeMetadata, 1, "the policy has no versions: add a file named by its date, like 2025-06-16.md");
        }

        foreach (var date in notes.Keys.Where(d => dated.All(v => v.Date != d)))
        {
            diagnostics.Error(map!.LocationOf("versions"), $"'versions' describes {date:yyyy-MM-dd}, but there is no version file with that date");
        }

        if (metadata is null || versions.IsEmpty || diagnostics.Errors.Any(e => e.Location.Path.StartsWith(relativeFolder + "/", StringComparison.Ordinal)))
        {
            return null;
        }

        return new Policy(id, metadata, versions) { Recordings = recordings };
    }

    /// <summary>
    /// Imports one file. An importer that fails on a hostile file is a bug to fix, but it must cost that file only:
    /// the failure is reported at the file, and every other file is still read and checked.
    /// </summary>
    internal static ImportedDocument? Import(IDocumentImporter importer, SourceText source, ImportOptions options, DiagnosticBag diagnostics)
    {
        try
        {
            return importer.Import(source, options, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(source.Path, source.FirstLine, $"the document could not be imported ({e.GetType().Name}: {e.Message}); please report this file");
            return null;
        }
    }

    private static PolicyMetadata? ReadMetadata(YamlMap map, IReadOnlySet<string> audienceIds, DiagnosticBag diagnostics)
    {
        map.RejectUnknownKeys(PolicyKeys);
        var title = map.String("title", required: true);
        var kind = map.String("kind", required: true);
        var language = map.String("language", required: true);
        var audiences = map.StringList("audiences", required: true);
        foreach (var (audience, location) in audiences.Where(a => !audienceIds.Contains(a.Value)))
        {
            diagnostics.Error(location, $"unknown audience '{audience}'; audiences.yml defines: {(audienceIds.Count == 0 ? "none" : string.Join(", ", audienceIds.Order(StringComparer.Ordinal)))}");
        }

        var datedBy = DateBasis.Effective;
        if (map.String("dated_by") is { } basis)
        {
            if (!Enum.TryParse(basis, ignoreCase: true, out datedBy))
            {
                diagnostics.Error(map.LocationOf("dated_by"), $"'dated_by' must be 'effective' or 'retrieved', not '{basis}'");
            }
        }

        var sourceUrl = map.String("source_url");
        if (sourceUrl is not null && (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            diagnostics.Error(map.LocationOf("source_url"), $"'source_url' must be an absolute http(s) URL, not '{sourceUrl}'");
            sourceUrl = null;
        }

        if (title is null || kind is null || language is null || audiences.IsEmpty)
        {
            return null;
        }

        return new PolicyMetadata(title, kind, map.String("service"), [.. audiences.Select(a => a.Value)], language, datedBy, sourceUrl, map.String("summary"), map.Location);
    }

    private static Dictionary<DateOnly, string?> ReadVersionNotes(YamlMap map, DiagnosticBag diagnostics)
    {
        var notes = new Dictionary<DateOnly, string?>();
        if (map.Map("versions") is not { } versions)
        {
            return notes;
        }

        foreach (var (key, location, value) in versions.MapEntries())
        {
            if (!DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Error(location, $"keys of 'versions' are version dates (yyyy-MM-dd), not '{key}'");
                continue;
            }

            value.RejectUnknownKeys("note");
            notes[date] = value.String("note");
        }

        return notes;
    }

    /// <summary>The import options the <c>policy.yml</c> beside <paramref name="versionFile"/> gives (source URL, heading hints), for inspecting one file.</summary>
    public static ImportOptions OptionsBeside(string versionFile, DiagnosticBag diagnostics)
    {
        var metadataPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(versionFile))!, InputLayout.PolicyFile);
        var source = File.Exists(metadataPath) ? InputFileReader.Read(metadataPath, InputLayout.PolicyFile, diagnostics) : null;
        var map = source is null ? null : YamlFile.LoadMap(source, diagnostics);
        return map is null ? ImportOptions.Default : new ImportOptions(map.String("source_url"), ReadHints(map), _ => null);
    }

    private static ImmutableArray<HeadingHint> ReadHints(YamlMap map) =>
        [.. map.MapList("headings").Select(hint =>
        {
            hint.RejectUnknownKeys("level", "text");
            return new HeadingHint(Math.Clamp(hint.Int("level") ?? 2, 2, 6), [.. hint.StringList("text").Select(t => t.Value)]);
        })];

    /// <summary>An image a document refers to, if the file is in the input; remote and missing images give null.</summary>
    private static string? ResolveImage(string root, string directory, string src)
    {
        if (string.IsNullOrWhiteSpace(src) || src.Contains("://", StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal)
            || src.Contains("..", StringComparison.Ordinal) || src.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var path = src.Split('?', '#')[0];
        foreach (var candidate in new[] { Path.Combine(directory, path.TrimStart('/')), Path.Combine(root, path.TrimStart('/')) })
        {
            var full = Path.GetFullPath(candidate);
            if (full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(full) && IsAsset(Path.GetExtension(full).ToLowerInvariant()))
            {
                return InputLayout.Relative(root, full);
            }
        }

        return null;
    }

    /// <summary>The date a version file is named by (<c>2025-06-16.md</c>), or null when its name is not a real date.</summary>
    public static DateOnly? VersionDate(string fileName) =>
        VersionName().Match(fileName) is { Success: true } match
        && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static bool IsAsset(string extension) => extension is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".avif";

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})\.[A-Za-z]+$")]
    private static partial Regex VersionName();
}
