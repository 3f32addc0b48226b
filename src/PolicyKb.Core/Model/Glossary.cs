namespace PolicyKb.Model;

/// <summary>The defined terms of the knowledge base, in glossary order: listed terms first, then extracted ones.</summary>
public sealed record Glossary(ImmutableArray<DefinedTerm> Terms)
{
    public static Glossary Empty { get; } = new([]);

    public DefinedTerm? Find(string id) => Terms.FirstOrDefault(t => t.Id == id);
}
