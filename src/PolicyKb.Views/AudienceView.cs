namespace PolicyKb.Views;

/// <summary>The audience a page is viewed for, and which of its sections matter to that audience.</summary>
public sealed record AudienceView(string Id, string ShortName, string Name, IReadOnlySet<string> RelevantSections, bool WholeDocument)
{
    /// <summary>See <see cref="Model.Audience.NameInSentence"/>.</summary>
    public string NameInSentence => Model.Audience.InSentence(Name);

    /// <summary>See <see cref="Model.Audience.ShortNameInSentence"/>.</summary>
    public string ShortNameInSentence => Model.Audience.InSentence(ShortName);
}
