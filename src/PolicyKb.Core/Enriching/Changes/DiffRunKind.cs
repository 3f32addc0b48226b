namespace PolicyKb.Enriching.Changes;

/// <summary>Whether a run of a word diff is in both versions, only in the newer one, or only in the older one.</summary>
public enum DiffRunKind
{
    Equal,
    Inserted,
    Deleted,
}
