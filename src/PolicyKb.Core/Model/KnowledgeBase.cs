namespace PolicyKb.Model;

/// <summary>Everything the site is built from, after ingestion: settings, audiences, policies, memos and the glossary.</summary>
public sealed record KnowledgeBase(
    SiteSettings Site,
    ImmutableArray<Audience> Audiences,
    ImmutableArray<Policy> Policies,
    ImmutableArray<Memo> Memos,
    Glossary Glossary)
{
    public static KnowledgeBase Empty { get; } = new(SiteSettings.Default, [], [], [], Glossary.Empty);

    public Policy? FindPolicy(string id) => Policies.FirstOrDefault(p => p.Id == id);
}
