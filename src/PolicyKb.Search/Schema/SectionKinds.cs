namespace PolicyKb.Search.Schema;

/// <summary>The kinds of indexed sections.</summary>
public static class SectionKinds
{
    public const string Policy = "policy";
    public const string Memo = "memo";
}
