namespace PolicyKb.Model;

public enum EmphasisKind
{
    Em,
    Strong,
}
