namespace PolicyKb.Model;

/// <summary>The defined terms of the knowledge base, in glossary order: listed terms first, then extracted ones.</summary>
public sealed record Glossary(ImmutableArray<DefinedTerm> Terms)
{
    public static Glossary Empty { get; } = new([]);

    public DefinedTerm? Find(string id) => Terms.FirstOrDefault(t => t.Id == id);

    /// <summary>The term whose id, term or alias is <paramref name="name"/> (ignoring case), if exactly one is.</summary>
    public DefinedTerm? Resolve(string name)
    {
        if (Find(name) is { } byId)
        {
            return byId;
        }

        var matches = Terms.Where(t => t.Spellings.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
