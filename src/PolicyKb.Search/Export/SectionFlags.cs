using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>Writes the flags every query needs of every section (current, memo, audiences), as <see cref="Format.SearchManifest.Docs"/> describes them.</summary>
internal static class SectionFlags
{
    /// <summary>Adds the flags file to <paramref name="files"/> and returns its path.</summary>
    public static string Write(StoredSection[] documents, ImmutableArray<AudienceLabel> audiences, ExportFiles files)
    {
        var flags = new ByteBuffer();
        flags.VarInt(documents.Length);
        var audienceIds = audiences.Select(a => a.Id).ToList();
        foreach (var document in documents)
        {
            var mask = document.Audiences.Select(a => audienceIds.IndexOf(a)).Where(i => i >= 0).Aggregate(0, (m, i) => m | (1 << i));
            flags.VarInt((document.Current ? 1 : 0) | (document.Kind == SectionKinds.Memo ? 2 : 0) | (mask << 2));
        }

        return $"docs/{files.AddNamedByContent("docs", "bin", flags.ToArray())}.bin";
    }
}
