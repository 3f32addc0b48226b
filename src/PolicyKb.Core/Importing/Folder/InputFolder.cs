using PolicyKb.Diagnostics;
using PolicyKb.Importing.Markdown;
using PolicyKb.Importing.Memos;
using PolicyKb.Importing.TextFiles;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing.Folder;

/// <summary>Reads a whole input folder into a <see cref="KnowledgeBase"/>, collecting every problem on the way.</summary>
public static class InputFolder
{
    public static IReadOnlyDictionary<SourceFormat, IDocumentImporter> DefaultImporters { get; } =
        new Dictionary<SourceFormat, IDocumentImporter>
        {
            [SourceFormat.Markdown] = new MarkdownImporter(),
            [SourceFormat.PlainText] = new PlainTextImporter(),
        };

    /// <summary>Reads the input folder <paramref name="root"/>; with a <paramref name="cache"/> and the input's <paramref name="fingerprints"/>, unchanged policies are taken from the cache.</summary>
    public static KnowledgeBase Load(string root, DiagnosticBag diagnostics, PolicyReadCache? cache = null, InputFingerprints? fingerprints = null)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(root, 1, "the input folder does not exist");
            return KnowledgeBase.Empty;
        }

        var site = SiteSettingsReader.Read(root, diagnostics);
        var audiences = AudienceReader.Read(root, diagnostics);
        var policies = new PolicyReader(DefaultImporters).Read(root, audiences.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), diagnostics, cache, fingerprints);
        var memos = MemoReader.Read(root, policies, diagnostics);
        var knowledgeBase = new KnowledgeBase(site, audiences, policies, memos, Glossary.Empty);
        CheckAudienceReferences(knowledgeBase, PolicyFolderIds(root), diagnostics);
        return knowledgeBase;
    }

    /// <summary>
    /// The ids of every policy folder, including those that failed to load: a reference to a policy whose file has
    /// an error is not a second error.
    /// </summary>
    private static HashSet<string> PolicyFolderIds(string root)
    {
        var folder = Path.Combine(root, InputLayout.PoliciesFolder);
        return Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(d => Slug.From(Path.GetFileName(d), "")).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private static void CheckAudienceReferences(KnowledgeBase knowledgeBase, HashSet<string> policyIds, DiagnosticBag diagnostics)
    {
        foreach (var audience in knowledgeBase.Audiences)
        {
            foreach (var document in audience.Documents.Where(d => !policyIds.Contains(d)))
            {
                diagnostics.Error(audience.Location, $"audience '{audience.Id}' lists document '{document}', which is not in policies/");
            }

            foreach (var rule in audience.SectionRules.Where(r => r.Document.Length > 0 && !policyIds.Contains(r.Document)))
            {
                diagnostics.Error(rule.Location, $"section rule of audience '{audience.Id}' names document '{rule.Document}', which is not in policies/");
            }
        }
    }
}
