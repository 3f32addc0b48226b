using System.Runtime.CompilerServices;
using PolicyKb.Diagnostics;
using PolicyKb.Hashing;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// The versions an earlier build of this process linked (<c>serve</c> keeps one across its rebuilds), with the
/// problems linking reported and the term uses counted in them, by the version as read (the same object: see
/// <see cref="Importing.PolicyReadCache"/>) and a key of everything of the glossary that linking reads
/// (<see cref="KeyOf"/>). A version read again, or a glossary whose terms link otherwise, is linked again.
/// </summary>
public sealed class TermLinkCache
{
    private readonly ConditionalWeakTable<PolicyVersion, Linked> _linked = new();
    private readonly ConditionalWeakTable<PolicyVersion, Counted> _counted = new();
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
        if (_linked.TryGetValue(version, out var kept) && kept.Key == key)
        {
            Interlocked.Increment(ref _reused);
            foreach (var diagnostic in kept.Reported)
            {
                diagnostics.Add(diagnostic);
            }

            return kept.Version;
        }

        var own = new DiagnosticBag();
        var linked = link(own);
        var reported = own.All;
        _linked.AddOrUpdate(version, new Linked(key, linked, reported));
        foreach (var diagnostic in reported)
        {
            diagnostics.Add(diagnostic);
        }

        return linked;
    }

    /// <summary>The term uses in the linked <paramref name="version"/> with the glossary of <paramref name="key"/>, counted by <paramref name="count"/> when they were not.</summary>
    internal IReadOnlyList<TermOccurrence> Count(PolicyVersion version, string key, Func<IReadOnlyList<TermOccurrence>> count)
    {
        if (_counted.TryGetValue(version, out var kept) && kept.Key == key)
        {
            return kept.Occurrences;
        }

        var occurrences = count();
        _counted.AddOrUpdate(version, new Counted(key, occurrences));
        return occurrences;
    }

    private sealed record Linked(string Key, PolicyVersion Version, IReadOnlyList<Diagnostic> Reported);

    private sealed record Counted(string Key, IReadOnlyList<TermOccurrence> Occurrences);
}
