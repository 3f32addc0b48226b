namespace PolicyKb.Reading;

/// <summary>
/// The layout of an input folder:
/// <code>
/// site.yml  audiences.yml  glossary.yml
/// policies/&lt;policy-id&gt;/policy.yml            metadata of one policy
/// policies/&lt;policy-id&gt;/&lt;yyyy-MM-dd&gt;.md|.txt  one file per version, named by its date
/// memos/&lt;slug&gt;.md                             change memos with YAML front matter
/// </code>
/// Adding a version is dropping one file into the policy's folder.
/// </summary>
public static class InputLayout
{
    public const string SiteFile = "site.yml";
    public const string AudiencesFile = "audiences.yml";
    public const string GlossaryFile = "glossary.yml";
    public const string PoliciesFolder = "policies";
    public const string MemosFolder = "memos";
    public const string PolicyFile = "policy.yml";

    public static readonly ImmutableArray<string> MarkdownExtensions = [".md", ".markdown"];
    public static readonly ImmutableArray<string> TextExtensions = [".txt"];

    /// <summary>A path relative to the input folder, with forward slashes, for messages and source locations.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
