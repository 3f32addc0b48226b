using PolicyKb.Diagnostics;
using PolicyKb.Importing.Folder;
using PolicyKb.Pipeline;
using PolicyKb.Reading;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Reads and checks <c>glossary.yml</c> with the rest of the input, so that its problems are reported together with
/// the documents' (an empty version file and an unknown audience in the glossary, in one build), and makes the
/// <see cref="ListedTerms"/> for <see cref="LinkDefinedTerms"/>. When <c>audiences.yml</c> or <c>site.yml</c> could
/// not be read, it makes none: the glossary's references to what those files define would all be reported as
/// unknown, and the build stops after this phase anyway.
/// </summary>
public sealed class ReadGlossary : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Input;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<ImportedKnowledgeBase>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(ListedTerms)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = context.Diagnostics.Errors.ToList();
        if (errors.Any(e => IsSiteMetadata(e.Location.Path)))
        {
            return;
        }

        // A document with an unreadable file is left out of the knowledge base: the glossary's references to it are
        // not problems of the glossary's, so they are not reported on top of the file's own error.
        var unreadable = errors.Select(e => e.Document).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var found = new DiagnosticBag();
        var terms = GlossaryReader.Read(context.Options.InputDirectory, context.Get<ImportedKnowledgeBase>().KnowledgeBase, found);
        context.Diagnostics.AddRange(found.All.Where(d => d.Document is not { } document || !unreadable.Contains(document)));

        context.Set(new ListedTerms(terms));
    }

    /// <summary>audiences.yml, site.yml: what every reference in the glossary is checked against.</summary>
    private static bool IsSiteMetadata(string path) => !path.Contains('/', StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal) && path != InputLayout.GlossaryFile;
}
