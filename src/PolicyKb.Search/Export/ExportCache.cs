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

    private const string Magic = "policykb-export-1";

    /// <summary>The export kept in <paramref name="indexFolder"/>, in path order, or null when there is none (or it cannot be read).</summary>
    public static ImmutableArray<ExportedFile>? TryLoad(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var files = new ExportedFile[reader.ReadInt32()];
            for (var i = 0; i < files.Length; i++)
            {
                var name = reader.ReadString();
                var content = reader.ReadBytes(reader.ReadInt32());
                files[i] = new ExportedFile(name, content);
            }

            // A file cut short (a build stopped while writing it) ends before its end mark.
            return reader.ReadString() == Magic && reader.BaseStream.Position == reader.BaseStream.Length ? [.. files] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="files"/> as the export of the index in <paramref name="indexFolder"/>; does nothing when it cannot.</summary>
    public static void Save(string indexFolder, IReadOnlyCollection<ExportedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var path = Path.Combine(indexFolder, FileName);
        var staging = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new BinaryWriter(File.Create(staging), Encoding.UTF8))
            {
                writer.Write(Magic);
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
