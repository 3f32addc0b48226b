namespace PolicyKb.Model;

/// <summary>The two kinds of document of the knowledge base.</summary>
public enum DocumentKind
{
    Policy,
    Memo,
}
