using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Reads <c>glossary.yml</c>: a list of terms with id, term, definition, aliases, audiences, the documents the
/// meaning holds in (all when omitted), sources and the source site's own definition annotation. Every problem is reported at its line, all at once: a duplicate id, an unknown
/// audience, an alias claimed by two terms, and an alias that would match almost everywhere (too short, a stop word,
/// a word every policy uses) or never (punctuation between its words).
/// </summary>
public static class GlossaryReader
{
    private const int MinimumLength = 3;

    /// <summary>Words that carry no meaning of their own: an alias made only of them would link every sentence.</summary>
    private static readonly ImmutableHashSet<string> StopWords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "but", "by", "can", "for", "from", "has", "have", "how",
        "if", "in", "is", "it", "its", "may", "more", "not", "of", "on", "or", "other", "our", "such", "that", "the", "their",
        "them", "these", "they", "this", "those", "to", "us", "was", "we", "what", "when", "which", "who", "will", "with", "you", "your");

    /// <summary>Words every policy uses in their ordinary sense: as a whole alias they would link nearly every section.</summary>
    private static readonly ImmutableHashSet<string> CommonWords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "account", "accounts", "app", "apps", "business", "businesses", "company", "companies", "content", "data", "device", "devices",
        "facebook", "information", "instagram", "law", "laws", "meta", "people", "person", "personal", "policy", "policies", "privacy",
        "product", "products", "request", "requests", "service", "services", "settings", "site", "term", "terms", "use", "user", "users",
        "website", "websites");

    private static readonly string[] Keys = ["id", "term", "definition", "aliases", "audiences", "documents", "sources", "annotation"];

    /// <summary>
    /// Reads the glossary of an input folder; an input without a glossary file has no listed terms. The audiences,
    /// documents and sections the glossary names are checked against <paramref name="knowledgeBase"/>.
    /// </summary>
    public static ImmutableArray<DefinedTerm> Read(string root, KnowledgeBase knowledgeBase, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, InputLayout.GlossaryFile);
        if (!File.Exists(path))
        {
            return [];
        }

        var source = InputFileReader.Read(path, InputLayout.GlossaryFile, diagnostics, maxBytes: 4 * 1024 * 1024);
        return source is null ? [] : Read(source, knowledgeBase, diagnostics);
    }

    public static ImmutableArray<DefinedTerm> Read(SourceText source, KnowledgeBase knowledgeBase, DiagnosticBag diagnostics)
    {
        var root = YamlFile.Load(source, diagnostics);
        if (root is null)
        {
            return [];
        }

        var references = new References(knowledgeBase);
        var entries = new List<Entry>();
        foreach (var map in YamlMap.MapsOf(root, "glossary", source, diagnostics))
        {
            if (ReadTerm(map, references, diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var terms = entries.ConvertAll(e => e.Term);
        CheckDuplicateIds(terms, diagnostics);
        CheckSharedSpellings(entries, diagnostics);
        CheckDuplicateAnnotations(terms, diagnostics);
        return [.. terms];
    }

    private static Entry? ReadTerm(YamlMap map, References references, DiagnosticBag diagnostics)
    {
        map.RejectUnknownKeys(Keys);
        var id = map.String("id", required: true);
        var term = map.String("term", required: true);
        var definition = map.String("definition", required: true);
        if (id is not null && Slug.From(id, "") != id)
        {
            diagnostics.Error(map.LocationOf("id"), $"term id '{id}' must be lower-case letters, digits and hyphens (it is the entry's URL fragment); '{Slug.From(id, "term")}' would do");
        }

        if (term is not null)
        {
            CheckSpelling(term, "term", map.LocationOf("term"), diagnostics);
        }

        var aliases = map.StringList("aliases");
        foreach (var (alias, location) in aliases)
        {
            CheckSpelling(alias, "alias", location, diagnostics);
        }

        var audiences = map.StringList("audiences", required: true);
        foreach (var (audience, location) in audiences.Where(a => !references.Audiences.Contains(a.Value)))
        {
            diagnostics.Error(location, $"unknown audience '{audience}'; audiences.yml defines: {References.List(references.Audiences)}");
        }

        var documents = map.StringList("documents");
        foreach (var (document, location) in documents.Where(d => !references.Documents.ContainsKey(d.Value)))
        {
            diagnostics.ForDocument(document).Error(location, $"unknown document '{document}': the term can only hold in a policy or memo; documents: {References.List(references.Documents.Keys)}");
        }

        var sources = ReadSources(map, references, diagnostics);
        if (id is null || term is null || definition is null)
        {
            return null;
        }

        var definedTerm = new DefinedTerm(
            id,
            term,
            definition,
            [.. aliases.Select(a => a.Value).Where(a => !a.Equals(term, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)],
            [.. audiences.Select(a => a.Value).Where(references.Audiences.Contains)],
            sources,
            map.LocationOf("id"))
        {
            SourceAnnotation = map.String("annotation"),
            Scope = [.. documents.Select(d => d.Value)],
        };
        return new Entry(definedTerm, [(term, map.LocationOf("term")), .. aliases]);
    }

    private static ImmutableArray<TermSource> ReadSources(YamlMap map, References references, DiagnosticBag diagnostics)
    {
        if (!map.Has("sources"))
        {
            diagnostics.Error(map.Location, "missing required 'sources': say where the definition comes from (a document and section, or a url)");
            return [];
        }

        var sources = new List<TermSource>();
        foreach (var item in map.MapList("sources"))
        {
            item.RejectUnknownKeys("document", "section", "url");
            var document = item.String("document");
            var section = item.String("section");
            var url = item.String("url");
            if (url is not null && (document is not null || section is not null))
            {
                diagnostics.Error(item.Location, "a source is either a document (with an optional section) or a url, not both");
            }
            else if (url is not null)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    diagnostics.Error(item.LocationOf("url"), $"source url must be an absolute http(s) URL, not '{url}'");
                    continue;
                }

                sources.Add(new TermSource(null, null, url, item.LocationOf("url")));
            }
            else if (document is not null)
            {
                if (!references.Documents.TryGetValue(document, out var sections))
                {
                    diagnostics.ForDocument(document).Error(item.LocationOf("document"), $"unknown document '{document}': a source is a policy or memo id; documents: {References.List(references.Documents.Keys)}");
                }
                else if (section is not null && !sections.Contains(section))
                {
                    diagnostics.ForDocument(document).Error(item.LocationOf("section"), $"no version of '{document}' has a section '{section}' (run `inspect` on a version to see its section ids)");
                }

                var kind = references.Memos.Contains(document) ? DocumentKind.Memo : DocumentKind.Policy;
                sources.Add(new TermSource(document, section, null, item.LocationOf("document")) { DocumentKind = kind });
            }
            else
            {
                diagnostics.Error(item.Location, "a source needs a 'document' (a policy or memo id, with an optional 'section' id) or a 'url'");
            }
        }

        if (sources.Count == 0 && map.MapList("sources").Count == 0)
        {
            diagnostics.Error(map.LocationOf("sources"), "'sources' is empty: say where the definition comes from (a document and section, or a url)");
        }

        return [.. sources];
    }

    /// <summary>Refuses a spelling that would match almost everywhere, or never.</summary>
    private static void CheckSpelling(string spelling, string what, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (TermTokenizer.Phrase(spelling) is not { } words)
        {
            diagnostics.Error(location, TermTokenizer.Words(spelling).Count == 0
                ? $"{what} '{spelling}' has no letters or digits, so it can never match"
                : $"{what} '{spelling}' has punctuation between its words, so it can never match: only a space or a hyphen may join the words of a term");
            return;
        }

        var letters = words.Sum(w => w.Length);
        if (letters < MinimumLength)
        {
            diagnostics.Error(location, $"{what} '{spelling}' is too short: with fewer than {MinimumLength} letters it would match initials and abbreviations that mean something else");
        }
        else if (words.All(StopWords.Contains))
        {
            diagnostics.Error(location, $"{what} '{spelling}' is made of stop words only, which occur in almost every sentence; a term needs a word of its own");
        }
        else if (words.Length == 1 && CommonWords.Contains(words[0]))
        {
            diagnostics.Error(location, $"{what} '{spelling}' would match almost everywhere: '{words[0]}' is a word every policy uses in its ordinary sense; use the longer phrase the documents define");
        }
    }

    private static void CheckDuplicateIds(List<DefinedTerm> terms, DiagnosticBag diagnostics)
    {
        foreach (var group in terms.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.Location, $"term id '{duplicate.Id}' is already used by '{first.Term}' at {first.Location}; ids must be unique");
            }
        }
    }

    /// <summary>
    /// Reports a spelling that two terms claim, directly or as a regular plural ("partners" of "partner"): a use of it
    /// could not tell which term it is.
    /// </summary>
    private static void CheckSharedSpellings(List<Entry> entries, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, (DefinedTerm Term, string Spelling, SourceLocation Location)>(StringComparer.Ordinal);
        foreach (var (term, spellings) in entries)
        {
            foreach (var (spelling, location) in spellings)
            {
                foreach (var key in TermTokenizer.Keys(spelling))
                {
                    if (!owners.TryGetValue(key, out var owner))
                    {
                        owners[key] = (term, spelling, location);
                    }
                    else if (owner.Term.Id != term.Id)
                    {
                        diagnostics.Error(location, $"'{spelling}' is claimed by two terms: '{term.Id}' and '{owner.Term.Id}' ('{owner.Spelling}', {owner.Location}); a use of it could not tell which one is meant");
                        break;
                    }
                }
            }
        }
    }

    private static void CheckDuplicateAnnotations(List<DefinedTerm> terms, DiagnosticBag diagnostics)
    {
        foreach (var group in terms.Where(t => t.SourceAnnotation is not null).GroupBy(t => t.SourceAnnotation, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(duplicate.Location, $"annotation '{duplicate.SourceAnnotation}' is already claimed by '{group.First().Id}'; a source definition belongs to one term");
            }
        }
    }

    /// <summary>A term as read, with each of its spellings (the term, then the aliases as written) and its line.</summary>
    private sealed record Entry(DefinedTerm Term, ImmutableArray<(string Spelling, SourceLocation Location)> Spellings);

    /// <summary>What the glossary may name: audience ids, and document ids with the section ids of all their versions.</summary>
    private sealed class References(KnowledgeBase knowledgeBase)
    {
        public HashSet<string> Audiences { get; } = knowledgeBase.Audiences.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> Documents { get; } =
            knowledgeBase.Policies.Select(p => (p.Id, Contents: p.Versions.Select(v => v.Content)))
                .Concat(knowledgeBase.Memos.Select(m => (m.Id, Contents: (IEnumerable<DocumentContent>)[m.Content])))
                .ToDictionary(d => d.Id, d => d.Contents.SelectMany(c => c.AllSections()).Select(s => s.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public HashSet<string> Memos { get; } = knowledgeBase.Memos.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

        public static string List(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Order(StringComparer.Ordinal)) : "none";
    }
}
