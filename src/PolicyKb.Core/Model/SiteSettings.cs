namespace PolicyKb.Model;

public sealed record SiteSettings(string Title, string Description, string BaseUrl, string Language, string? Publisher)
{
    public static SiteSettings Default { get; } =
        new("Policy Library", "Policies, searchable and explained.", "http://localhost/", "en", null);
}
