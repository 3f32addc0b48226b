using PolicyKb.Pipeline;
using PolicyKb.Site;

namespace PolicyKb.Tests;

/// <summary>
/// A small site of one policy, <c>ig</c>, fed real recordings of Instagram's Privacy Policy from
/// <c>../shared/corpus/recordings</c>, each under the name the test gives it (a recording's name is when it was
/// recorded), built with the site's pipeline.
/// </summary>
internal static class InstagramRecordings
{
    public const string Policy = "ig";

    private static readonly string Folder = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");

    /// <summary>Writes the input into <paramref name="folder"/> (<c>input/</c>), with <paramref name="glossary"/> when given.</summary>
    public static string Input(TempFolder folder, IEnumerable<(string Name, string Recording)> files, string? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.File("input/site.yml", "title: History\nbase_url: https://history.example.org/\n");
        folder.File("input/audiences.yml", "- id: users\n  name: Users\n");
        folder.File($"input/policies/{Policy}/policy.yml", "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\n");
        if (glossary is not null)
        {
            folder.File("input/glossary.yml", glossary);
        }

        foreach (var (name, recording) in files)
        {
            folder.Bytes($"input/policies/{Policy}/recordings/{name}", File.ReadAllBytes(Path.Combine(Folder, recording)));
        }

        return Path.Combine(folder.Path, "input");
    }

    /// <summary>Builds the input of <see cref="Input"/> without publishing; the build must succeed.</summary>
    public static BuildContext Build(TempFolder folder, IEnumerable<(string Name, string Recording)> files, string? glossary = null)
    {
        var input = Input(folder, files, glossary);
        var (result, context) = SiteBuilder.Build(BuildOptions.For(input, Path.Combine(folder.Path, "output")), publish: false);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return context;
    }
}
