using System.Text;

namespace PolicyKb.Tests.Fuzzing;

/// <summary>One mutated document and where it goes in an input folder: a policy of its own, or a memo.</summary>
internal sealed record Mutant(int Number, string Origin, MutantKind Kind, byte[] Bytes, string[] Mutations, string? Title, byte[]? Original, int Audience)
{
    public string Id => $"fuzz-{Number:D3}";

    private string Folder => $"policies/{Id}";

    public string Path => Kind == MutantKind.Memo ? $"memos/{Id}.md" : $"{Folder}/2025-01-01.{(Kind == MutantKind.Text ? "txt" : "md")}";

    public bool Owns(string path) => path == Path || path.StartsWith(Folder + "/", StringComparison.Ordinal);

    public void Write(string input)
    {
        if (Kind != MutantKind.Memo)
        {
            var title = Title is null ? $"Fuzz {Number}" : Title;
            var audience = new[] { "users", "developers", "law-enforcement" }[Audience];
            Put(input, $"{Folder}/policy.yml",
                Encoding.UTF8.GetBytes($"title: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\nkind: Fuzz\naudiences: [{audience}]\nlanguage: en\nsource_url: https://example.com/legal/{Id}\n"));
            if (Original is not null)
            {
                Put(input, $"{Folder}/2024-01-01.{(Kind == MutantKind.Text ? "txt" : "md")}", Original);
            }
        }

        Put(input, Path, Bytes);
    }

    public void Remove(string input)
    {
        var full = System.IO.Path.Combine(input, Kind == MutantKind.Memo ? Path : Folder);
        if (Kind == MutantKind.Memo)
        {
            File.Delete(full);
        }
        else
        {
            Directory.Delete(full, recursive: true);
        }
    }

    public override string ToString() => $"mutant {Number} of {Origin} ({string.Join("; ", Mutations)})";

    private static void Put(string input, string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(input, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }
}
