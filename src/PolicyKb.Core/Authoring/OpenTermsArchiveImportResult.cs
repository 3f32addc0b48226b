namespace PolicyKb.Authoring;

/// <summary>What an import wrote (counts for the console) or, when it wrote nothing, why.</summary>
public sealed record OpenTermsArchiveImportResult(int Policies, int Versions, int Memos, long Bytes, ImmutableArray<string> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
