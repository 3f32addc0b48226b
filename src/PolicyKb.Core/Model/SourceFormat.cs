namespace PolicyKb.Model;

/// <summary>The shape a source file arrives in; each has its own importer.</summary>
public enum SourceFormat
{
    Markdown,
    PlainText,
}
