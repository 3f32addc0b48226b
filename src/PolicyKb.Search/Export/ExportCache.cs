using System.Text;

namespace PolicyKb.Search.Export;

/// <summary>
/// Keeps an index's static export in the index's own folder (in one file, <see cref="FileName"/>, beside Lucene's
/// files, which it ignores), so that a build whose index has not changed publishes the same files again without
/// exporting them. One file because an export is thousands of small ones: writing, reading and deleting them one by
/// one would cost more than exporting. It is written beside its place and then moved into it.
/// </summary>
public static class ExportCache
{
    public const string FileName = "export.pack";

    private const string Magic = "policykb-export-2";

    /// <summary>
    /// The export kept in <paramref name="indexFolder"/>, in path order, or null when there is none, it cannot be read,
    /// or it is not the export of an index of <paramref name="content"/> (see <see cref="Indexing.IndexDescription.Content"/>):
    /// a build beside this one may have replaced the folder in between.
    /// </summary>
    public static ImmutableArray<ExportedFile>? TryLoad(string indexFolder, string content)
    {
        var path = Path.Combine(indexFolder, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != content)
            {
                return null;
            }

            var files = new ExportedFile[reader.ReadInt32()];
            for (var i = 0; i < files.Length; i++)
            {
                var name = reader.ReadString();
                var bytes = reader.ReadBytes(reader.ReadInt32());
                files[i] = new ExportedFile(name, bytes);
            }

            // A file cut short (a build stopped while writing it) ends before its end mark.
            return reader.ReadString() == Magic && reader.BaseStream.Position == reader.BaseStream.Length ? [.. files] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="files"/> as the export of the index of <paramref name="content"/> in <paramref name="indexFolder"/>; does nothing when it cannot.</summary>
    public static void Save(string indexFolder, string content, IReadOnlyCollection<ExportedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var path = Path.Combine(indexFolder, FileName);
        var staging = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new BinaryWriter(File.Create(staging), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(content);
                writer.Write(files.Count);
                foreach (var file in files)
                {
                    writer.Write(file.Path);
                    writer.Write(file.Content.Length);
                    writer.Write(file.Content);
                }

                writer.Write(Magic);
            }

            File.Move(staging, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache cannot be written: the next build exports again.
        }
        finally
        {
            try
            {
                File.Delete(staging);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind; it never takes the place of an export.
            }
        }
    }
}
