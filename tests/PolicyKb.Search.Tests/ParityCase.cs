namespace PolicyKb.Search.Tests;

/// <summary>One search both engines run: a query with its audience filter and archived flag.</summary>
public sealed record ParityCase(string Q, string? Audience = null, bool Archived = false)
{
    public override string ToString() => Q + (Audience is null ? "" : $" [{Audience}]") + (Archived ? " [archived]" : "");
}
