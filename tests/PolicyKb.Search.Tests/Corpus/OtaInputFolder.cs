using PolicyKb.Words;

namespace PolicyKb.Search.Tests.Corpus;

/// <summary>
/// Lays out the shared Open Terms Archive corpus (94 documents by others, <c>corpus/ota/&lt;Service&gt;/&lt;Terms
/// type&gt;.md</c>) as an input folder: one policy per document, dated by the day it was recorded, read by everyone,
/// and the Instagram documents also by an Instagram audience, so that search runs on text nobody here shaped.
/// </summary>
public static class OtaInputFolder
{
    public const string RecordedOn = "2026-08-22";

    public static void Create(string corpusFolder, string inputFolder)
    {
        var policies = Path.Combine(inputFolder, "policies");
        foreach (var file in Directory.GetFiles(corpusFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var service = Path.GetFileName(Path.GetDirectoryName(file)!);
            var type = Path.GetFileNameWithoutExtension(file);
            var id = Slug.From($"{service} {type}");
            var folder = Path.Combine(policies, id);
            Directory.CreateDirectory(folder);
            File.Copy(file, Path.Combine(folder, RecordedOn + ".md"), overwrite: true);
            File.WriteAllText(Path.Combine(folder, "policy.yml"), $"""
                title: "{service} {type}"
                kind: "{type}"
                service: "{service}"
                audiences: [{(service == "Instagram" ? "everyone, instagram" : "everyone")}]
                language: en
                dated_by: retrieved
                """);
        }

        File.WriteAllText(Path.Combine(inputFolder, "site.yml"), "title: Open Terms Archive corpus\nbase_url: http://localhost/\nlanguage: en\n");
        File.WriteAllText(Path.Combine(inputFolder, "audiences.yml"), """
            - id: everyone
              name: Everyone
            - id: instagram
              name: Instagram users
            """);
    }
}
