using System.Text.Json;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// The index folder's list of its parts, in order, with the index's <see cref="IndexDescription"/>
/// (<see cref="FileName"/>, an <see cref="IndexListFile"/>).
/// </summary>
internal static class IndexList
{
    public const string FileName = "index.json";

    private const int Format = 1;

    /// <summary>The description and parts listed in <paramref name="indexFolder"/>, or null if it has no list; throws <see cref="InvalidDataException"/> for a damaged one.</summary>
    public static (IndexDescription Description, ImmutableArray<IndexPart> Parts)? Read(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var list = JsonSerializer.Deserialize(File.ReadAllBytes(path), IndexListJson.Default.IndexListFile);
            if (list is null || list.Format != Format || list.Parts is null || list.Description is null)
            {
                throw new InvalidDataException($"{path} is not a list of index parts of format {Format}. Rebuild the index.");
            }

            var start = 0;
            var parts = ImmutableArray.CreateBuilder<IndexPart>();
            foreach (var part in list.Parts)
            {
                parts.Add(new IndexPart(part.Name, start, part.Count));
                start += part.Count;
            }

            return (IndexDescription.FromCommitData(list.Description), parts.ToImmutable());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Writes the list of <paramref name="parts"/> and <paramref name="description"/> in <paramref name="folder"/>, beside its place and then moved into it.</summary>
    public static void Write(string folder, ImmutableArray<IndexPart> parts, IndexDescription description)
    {
        var list = new IndexListFile(Format, [.. parts.Select(p => new IndexListFile.Part(p.Name, p.Count))], description.ToCommitData().ToDictionary());
        var path = Path.Combine(folder, FileName);
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(list, IndexListJson.Default.IndexListFile));
        File.Move(temporary, path, overwrite: true);
    }
}
