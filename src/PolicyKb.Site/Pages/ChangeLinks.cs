using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>Where the "what changed" page of a version is, and its one-line summary, when the site has one.</summary>
public sealed class ChangeLinks(Func<Policy, PolicyVersion, (string Url, string Summary)?> find)
{
    public static ChangeLinks None { get; } = new((_, _) => null);

    public (string Url, string Summary)? For(Policy policy, PolicyVersion version) => find(policy, version);
}
