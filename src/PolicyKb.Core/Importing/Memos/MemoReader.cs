using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing.Memos;

/// <summary>
/// Reads <c>memos/*.md</c> and links each memo to the policies it is about: those named in its <c>policies</c> key,
/// and those whose service and kind match the memo's <c>service</c> and <c>terms_types</c>.
/// </summary>
public static class MemoReader
{
    public static ImmutableArray<Memo> Read(string root, IReadOnlyList<Policy> policies, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, InputLayout.MemosFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var importer = new MemoImporter();
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var memos = new Memo?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var relative = InputLayout.Relative(root, files[i]);
            var id = Slug.From(Path.GetFileNameWithoutExtension(files[i]), "memo");
            var memoDiagnostics = diagnostics.ForDocument(id);
            if (!InputLayout.MarkdownExtensions.Contains(Path.GetExtension(files[i]).ToLowerInvariant()))
            {
                memoDiagnostics.Error(relative, 1, "memos are Markdown files with YAML front matter (.md)");
                return;
            }

            var source = InputFileReader.Read(files[i], relative, memoDiagnostics);
            try
            {
                memos[i] = source is null ? null : importer.Import(id, source, memoDiagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // As for policies: a failure of the importer costs this file only, and is reported at it.
                memoDiagnostics.Error(relative, 1, $"the memo could not be imported ({e.GetType().Name}: {e.Message}); please report this file");
            }
        });

        var result = memos.OfType<Memo>().Select(m => m with { PolicyIds = Resolve(m, policies, diagnostics.ForDocument(m.Id)) }).ToList();
        foreach (var clash in result.GroupBy(m => m.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.ForDocument(clash.Id).Error(clash.SourcePath, 1, $"memo file name gives the id '{clash.Id}', which another memo already has");
        }

        return [.. result.OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    private static ImmutableArray<string> Resolve(Memo memo, IReadOnlyList<Policy> policies, DiagnosticBag diagnostics)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var named in memo.PolicyIds)
        {
            if (policies.Any(p => p.Id == named))
            {
                ids.Add(named);
            }
            else
            {
                diagnostics.Error(memo.SourcePath, 1, $"the memo names policy '{named}', which is not in policies/");
            }
        }

        foreach (var policy in policies)
        {
            var serviceMatches = policy.Metadata.Service is null
                || memo.Services.Any(s => Normalize(s) == Normalize(policy.Metadata.Service));
            var kindMatches = memo.TermsTypes.Any(t => Normalize(t) == Normalize(policy.Metadata.Kind) || Normalize(t) == Normalize(policy.Metadata.Title));
            if (serviceMatches && kindMatches)
            {
                ids.Add(policy.Id);
            }
        }

        return [.. ids];
    }

    private static string Normalize(string value) => new([.. value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
