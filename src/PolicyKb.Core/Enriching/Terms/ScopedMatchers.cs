using System.Collections.Concurrent;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// The matcher for a document: the linked terms that hold everywhere, plus those a document of its scope defines
/// ("Content" in the Terms of Use only). Documents with the same terms share one matcher.
/// </summary>
internal sealed class ScopedMatchers(Glossary glossary)
{
    private readonly ConcurrentDictionary<string, TermMatcher> _matchers = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, TermMatcher> _byScope = new(StringComparer.Ordinal);

    public TermMatcher For(ImmutableArray<string> documentIds) =>
        _byScope.GetOrAdd(string.Join('\n', documentIds), _ =>
        {
            var terms = glossary.Terms.Where(t => t.IsLinked && documentIds.Any(t.AppliesTo)).ToList();
            return _matchers.GetOrAdd(string.Join('\n', terms.Select(t => t.Id)), _ => new TermMatcher(terms));
        });
}
