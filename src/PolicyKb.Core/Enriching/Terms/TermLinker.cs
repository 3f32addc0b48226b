using PolicyKb.Diagnostics;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Links uses of defined terms in the model: the first use of each term in each section becomes a
/// <see cref="TermReference"/>. Headings, link text, code and existing references are left alone, and a defining
/// sentence does not link the term it defines. Text split across inline boundaries (half in emphasis) is not a use.
/// The source's own definition links (the Privacy Center's <c>?annotations[0]=Definition-ThirdParty</c>) become
/// references to the glossary entry that claims them, wherever they are. The model is immutable: the linker
/// returns new records and shares every unchanged one.
/// </summary>
public sealed class TermLinker
{
    /// <summary>The Privacy Center's annotations for definitions start so; its other annotations are examples.</summary>
    private const string DefinitionAnnotationPrefix = "Definition-";

    private readonly ScopedMatchers _matchers;
    private readonly Dictionary<string, string> _termByAnnotation;

    public TermLinker(Glossary glossary)
    {
        _matchers = new ScopedMatchers(glossary);
        _termByAnnotation = glossary.Terms.Where(t => t.SourceAnnotation is not null)
            .ToDictionary(t => t.SourceAnnotation!, t => t.Id, StringComparer.Ordinal);
    }

    public PolicyVersion Link(PolicyVersion version, DiagnosticBag diagnostics) =>
        version with { Content = Link(version.Content, DocumentPlaces.ScopeOf(version), diagnostics) };

    public Memo Link(Memo memo, DiagnosticBag diagnostics) =>
        memo with { Content = Link(memo.Content, DocumentPlaces.ScopeOf(memo), diagnostics) };

    /// <summary>Links a document's content with the terms that hold in <paramref name="documentIds"/>.</summary>
    public DocumentContent Link(DocumentContent content, ImmutableArray<string> documentIds, DiagnosticBag diagnostics)
    {
        var pass = new Pass(this, _matchers.For(documentIds), diagnostics);
        var preamble = pass.Preamble(content.Preamble);
        var sections = ModelWalker.Map(content.Sections, pass.Section);
        return preamble == content.Preamble && sections == content.Sections ? content : new DocumentContent(preamble, sections);
    }

    /// <summary>The value of <c>annotations[0]</c> in a link's query, if any.</summary>
    internal static string? AnnotationOf(string target)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        foreach (var parameter in target[(query + 1)..].Split('#')[0].Split('&'))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Uri.UnescapeDataString(parameter[..equals]) == "annotations[0]")
            {
                return Uri.UnescapeDataString(parameter[(equals + 1)..]);
            }
        }

        return null;
    }

    /// <summary>One document's linking: which terms each section has linked so far.</summary>
    private sealed class Pass(TermLinker linker, TermMatcher matcher, DiagnosticBag diagnostics)
    {
        private HashSet<string> _linked = new(StringComparer.Ordinal);

        public ImmutableArray<Block> Preamble(ImmutableArray<Block> blocks)
        {
            _linked = new HashSet<string>(StringComparer.Ordinal);
            return Blocks(blocks);
        }

        public Section Section(Section section)
        {
            // Each section starts afresh, subsections included: a reader may land on any of them from a link. The walker
            // rewrites blocks' runs (MapRuns), not sections, hence this recursion over the section tree.
            _linked = new HashSet<string>(StringComparer.Ordinal);
            var blocks = Blocks(section.Blocks);
            var children = ModelWalker.Map(section.Children, Section);
            return blocks == section.Blocks && children == section.Children ? section : section with { Blocks = blocks, Children = children };
        }

        private ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => blocks.MapRuns(Run);

        private ImmutableArray<Inline> Run(ImmutableArray<Inline> inlines, SourceLocation location)
        {
            if (inlines.IsDefaultOrEmpty)
            {
                return inlines;
            }

            var offset = 0;
            return Inlines(inlines, ref offset, DefiningSentences(PlainText.Of(inlines)), location);
        }

        /// <summary>The spans where the run defines a term (the defined term's id and its sentence), where that term is not linked.</summary>
        private List<(string TermId, int Start, int End)> DefiningSentences(string text)
        {
            var spans = new List<(string, int, int)>();
            foreach (var definition in DefinitionExtractor.FindIn(text))
            {
                if (matcher.Matches(definition.Term) is [var only] && only.Start == 0 && only.Length == definition.Term.Length)
                {
                    spans.Add((only.TermId, definition.SentenceStart, definition.SentenceEnd));
                }
            }

            return spans;
        }

        /// <summary>
        /// Rewrites inlines, keeping <paramref name="offset"/> in step with <see cref="PlainText"/> so that matches can be
        /// compared with the defining sentences found in the run's plain text.
        /// </summary>
        private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines, ref int offset, List<(string TermId, int Start, int End)> definitions, SourceLocation location)
        {
            // Its own recursion, not the walker's: it descends into emphasis only and keeps an offset into the run's text.
            ImmutableArray<Inline>.Builder? rewritten = null;
            for (var i = 0; i < inlines.Length; i++)
            {
                var inline = inlines[i];
                IEnumerable<Inline>? replacement = null;
                switch (inline)
                {
                    case Text text:
                        replacement = LinkText(text.Value, offset, definitions);
                        offset += text.Value.Length;
                        break;
                    case Emphasis emphasis:
                        var children = Inlines(emphasis.Children, ref offset, definitions, location);
                        replacement = children == emphasis.Children ? null : [emphasis with { Children = children }];
                        break;
                    case Link link:
                        replacement = DefinitionLink(link, location) is { } definition ? [definition] : null;
                        offset += PlainText.Of(link.Children).Length;
                        break;
                    case TermReference reference:
                        _linked.Add(reference.TermId);
                        offset += PlainText.Of(reference.Children).Length;
                        break;
                    case Code code:
                        offset += code.Value.Length;
                        break;
                    case LineBreak:
                        offset += 1;
                        break;
                }

                if (replacement is not null && rewritten is null)
                {
                    rewritten = ImmutableArray.CreateBuilder<Inline>(inlines.Length + 2);
                    rewritten.AddRange(inlines, i);
                }

                if (replacement is not null)
                {
                    rewritten!.AddRange(replacement);
                }
                else
                {
                    rewritten?.Add(inline);
                }
            }

            return rewritten?.ToImmutable() ?? inlines;
        }

        private List<Inline>? LinkText(string value, int offset, List<(string TermId, int Start, int End)> definitions)
        {
            List<Inline>? pieces = null;
            var done = 0;
            foreach (var match in matcher.Matches(value))
            {
                var start = offset + match.Start;
                var end = offset + match.End;
                if (_linked.Contains(match.TermId) || definitions.Exists(d => d.TermId == match.TermId && start < d.End && end > d.Start))
                {
                    continue;
                }

                _linked.Add(match.TermId);
                pieces ??= [];
                if (match.Start > done)
                {
                    pieces.Add(new Text(value[done..match.Start]));
                }

                pieces.Add(new TermReference(match.TermId, [new Text(value.Substring(match.Start, match.Length))]));
                done = match.End;
            }

            if (pieces is not null && done < value.Length)
            {
                pieces.Add(new Text(value[done..]));
            }

            return pieces;
        }

        /// <summary>A link to the source's own definition of a term, as a reference to the glossary entry.</summary>
        private TermReference? DefinitionLink(Link link, SourceLocation location)
        {
            if (AnnotationOf(link.Target) is not { } annotation)
            {
                return null;
            }

            if (linker._termByAnnotation.TryGetValue(annotation, out var termId))
            {
                _linked.Add(termId);
                return new TermReference(termId, link.Children);
            }

            if (annotation.StartsWith(DefinitionAnnotationPrefix, StringComparison.Ordinal))
            {
                diagnostics.Warning(location, $"the link \"{PlainText.Of(link.Children)}\" points to the source's definition '{annotation}', which no glossary term claims; it stays an outside link (give the term an entry in glossary.yml with 'annotation: {annotation}', or add that line to its entry)");
            }

            return null;
        }
    }
}
