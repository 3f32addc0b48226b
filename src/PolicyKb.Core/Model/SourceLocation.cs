namespace PolicyKb.Model;

/// <summary>Where a piece of the model came from: a path relative to the input folder and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
