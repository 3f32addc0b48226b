using System.Runtime.CompilerServices;
using PolicyKb.Diagnostics;
using PolicyKb.Hashing;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// The versions an earlier build of this process linked (<c>serve</c> keeps one across its rebuilds), with the
/// problems linking reported and the term uses counted in them, by the content of the version as read (the same
/// object for a file that did not change: see <see cref="Importing.PolicyReadCache"/>), its policy, and a key of
/// everything of the glossary that linking reads (<see cref="KeyOf"/>). A version imported again, or a glossary whose
/// terms link otherwise, is linked again.
/// </summary>
public sealed class TermLinkCache
{
    private readonly ConditionalWeakTable<DocumentContent, Linked> _linked = new();
    private readonly ConditionalWeakTable<DocumentContent, Counted> _counted = new();
    private int _reused;

    /// <summary>How many versions were taken from the cache since it was made.</summary>
    public int Reused => _reused;

    /// <summary>
    /// What of the glossary the linker and the use counts read: each term's id, spellings, case rule, scope, source
    /// annotation and whether it is linked.
    /// </summary>
    public static string KeyOf(Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        return ContentHash.Of(glossary.Terms.SelectMany(t => new[]
        {
            t.Id, string.Join('\u001f', t.Spellings), t.MatchCase ? "case" : "", string.Join('\u001f', t.Scope.IsDefault ? [] : t.Scope),
            t.SourceAnnotation ?? "", t.IsLinked ? "linked" : "not linked",
        }));
    }

    /// <summary><paramref name="version"/> linked with the glossary of <paramref name="key"/>, by <paramref name="link"/> when it was not.</summary>
    internal PolicyVersion Link(PolicyVersion version, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, PolicyVersion> link)
    {
        // Linking reads the content and the policy (the scope of its terms); the rest of the version is carried over.
        var scoped = key + "\n" + version.PolicyId;
        if (_linked.TryGetValue(version.Content, out var kept) && kept.Key == scoped)
        {
            Interlocked.Increment(ref _reused);
            diagnostics.AddRange(kept.Reported);
            return version with { Content = kept.Content };
        }

        var (linked, reported) = DiagnosticBag.Capture(link);
        _linked.AddOrUpdate(version.Content, new Linked(scoped, linked.Content, reported));
        diagnostics.AddRange(reported);
        return linked;
    }

    /// <summary>The term uses in the linked <paramref name="version"/> with the glossary of <paramref name="key"/>, counted by <paramref name="count"/> when they were not.</summary>
    internal IReadOnlyList<TermOccurrence> Count(PolicyVersion version, string policyTitle, string key, Func<IReadOnlyList<TermOccurrence>> count)
    {
        // The uses are counted in the content; each names its place, made of the version's identity and title.
        var placed = string.Join('\n', key, version.PolicyId, version.Id, version.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), version.Title ?? policyTitle);
        if (_counted.TryGetValue(version.Content, out var kept) && kept.Key == placed)
        {
            return kept.Occurrences;
        }

        var occurrences = count();
        _counted.AddOrUpdate(version.Content, new Counted(placed, occurrences));
        return occurrences;
    }

    private sealed record Linked(string Key, DocumentContent Content, IReadOnlyList<Diagnostic> Reported);

    private sealed record Counted(string Key, IReadOnlyList<TermOccurrence> Occurrences);
}
