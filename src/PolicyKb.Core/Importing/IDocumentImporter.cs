using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Importing;

/// <summary>Turns one source file of a given shape into the document model.</summary>
public interface IDocumentImporter
{
    SourceFormat Format { get; }

    ImportedDocument Import(SourceText source, ImportOptions options, DiagnosticBag diagnostics);
}
