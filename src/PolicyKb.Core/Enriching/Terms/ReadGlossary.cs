using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Reading;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Reads and checks <c>glossary.yml</c> with the rest of the input, so that its problems are reported together with
/// the documents' (an empty version file and an unknown audience in the glossary, in one build), and stores the
/// <see cref="ListedTerms"/> for <see cref="LinkDefinedTerms"/>. When <c>audiences.yml</c> or <c>site.yml</c> could
/// not be read, the glossary is left to <see cref="LinkDefinedTerms"/>, which a build with errors does not reach: its
/// references to what that file defines would all be reported as unknown.
/// </summary>
public sealed class ReadGlossary : IBuildStep
{
    public string Name => nameof(ReadGlossary);

    public BuildPhase Phase => BuildPhase.Input;

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = context.Diagnostics.Errors.Select(d => d.Location.Path).ToList();
        if (errors.Any(IsSiteMetadata))
        {
            return;
        }

        // A document with an unreadable file is left out of the knowledge base: the glossary's references to it are
        // not problems of the glossary's, so they are not reported on top of the file's own error.
        var unreadable = errors.Select(DocumentOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var found = new DiagnosticBag();
        var terms = GlossaryReader.Read(context.Options.InputDirectory, context.KnowledgeBase, found);
        foreach (var diagnostic in found.All.Where(d => !unreadable.Any(id => d.Message.Contains($"'{id}'", StringComparison.Ordinal))))
        {
            context.Diagnostics.Add(diagnostic);
        }

        context.Set(new ListedTerms(terms));
    }

    /// <summary>audiences.yml, site.yml: what every reference in the glossary is checked against.</summary>
    private static bool IsSiteMetadata(string path) => !path.Contains('/', StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal) && path != InputLayout.GlossaryFile;

    /// <summary>The document a file with an error belongs to: <c>policies/&lt;id&gt;/…</c> or <c>memos/&lt;id&gt;.md</c>.</summary>
    private static string? DocumentOf(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["policies", var id, ..] => id,
            ["memos", var file] => Path.GetFileNameWithoutExtension(file),
            _ => null,
        };
    }
}

/// <summary>The terms <c>glossary.yml</c> lists, as <see cref="ReadGlossary"/> read them.</summary>
public sealed record ListedTerms(ImmutableArray<DefinedTerm> Terms);
