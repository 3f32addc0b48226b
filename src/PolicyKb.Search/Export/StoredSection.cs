using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>The stored values of one document of the index that the export publishes.</summary>
internal sealed record StoredSection(
    string? Id,
    string? Url,
    string? Title,
    string Heading,
    IReadOnlyList<string> Path,
    string? Kind,
    string? Document,
    string? Version,
    IReadOnlyList<string> Versions,
    bool Current,
    IReadOnlyList<string> Audiences,
    string Text)
{
    /// <summary>Decodes every document's stored fields from the index.</summary>
    public static StoredSection[] Read(IndexReader reader)
    {
        var documents = new StoredSection[reader.MaxDoc];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var document = reader.Document(doc);
            documents[doc] = new StoredSection(
                document.Get(SearchFields.Id),
                document.Get(SearchFields.Url),
                document.Get(SearchFields.Title),
                document.Get(SearchFields.Heading) ?? "",
                document.GetValues(SearchFields.Path),
                document.Get(SearchFields.Kind),
                document.Get(SearchFields.Document),
                document.Get(SearchFields.Version),
                document.GetValues(SearchFields.Versions),
                document.Get(SearchFields.Current) == "1",
                document.GetValues(SearchFields.Audience),
                document.Get(SearchFields.Text) ?? "");
        }

        return documents;
    }

    /// <summary>
    /// The stored values of the sections <see cref="SearchIndexWriter"/> wrote, as the index gives them back, after
    /// checking (by the indexed ids, cheap to read) that they are the index's documents in its order.
    /// </summary>
    public static StoredSection[] From(IReadOnlyList<IndexedSection> sections, IndexReader reader)
    {
        if (sections.Count != reader.MaxDoc)
        {
            throw new ArgumentException($"The index has {reader.MaxDoc} documents, not the {sections.Count} sections given.", nameof(sections));
        }

        var documents = new StoredSection[sections.Count];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var section = sections[doc];
            documents[doc] = new StoredSection(
                Stored(section.Id),
                Stored(section.Url),
                Stored(section.Title),
                Stored(section.Heading),
                [.. section.Path.Select(Stored)],
                Stored(section.Kind),
                Stored(section.Document),
                Stored(section.Version),
                [.. section.Versions.Select(Stored)],
                section.Current,
                [.. section.Audiences.Select(Stored)],
                Stored(section.Text));
        }

        var ids = MultiFields.GetTerms(reader, SearchFields.Id)?.GetEnumerator();
        var checkedIds = 0;
        DocsEnum? docs = null;
        while (ids is not null && ids.MoveNext())
        {
            var id = ids.Term.Utf8ToString();
            docs = ids.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (documents[doc].Id != id)
                {
                    throw new ArgumentException($"Document {doc} of the index is '{id}', not the section '{documents[doc].Id}' given.", nameof(sections));
                }

                checkedIds++;
            }
        }

        if (checkedIds != documents.Length)
        {
            throw new ArgumentException("Some documents of the index have no id.", nameof(sections));
        }

        return documents;
    }

    /// <summary>A string as the index stores it: UTF-8, where a lone surrogate becomes U+FFFD.</summary>
    private static string Stored(string value) =>
        value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? value : System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value));
}
