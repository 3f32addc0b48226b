using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Markdown;
using PolicyKb.Importing.TextFiles;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests;

/// <summary>Imports real files the way the build does, for assertions on the model.</summary>
internal static class Imports
{
    public static ImportedDocument Input(string relative, ImportOptions? options = null)
    {
        var full = TestPaths.InInput(relative);
        return File(full, relative, options ?? PolicyReader.OptionsBeside(full, new DiagnosticBag()));
    }

    public static ImportedDocument File(string fullPath, string relative, ImportOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputFileReader.Read(fullPath, relative, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.All));
        IDocumentImporter importer = fullPath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? new PlainTextImporter() : new MarkdownImporter();
        var document = importer.Import(source, options ?? ImportOptions.Default, diagnostics);
        diagnostics.Errors.ShouldBeEmpty();
        return document;
    }

    public static ImportedDocument Markdown(string markdown, ImportOptions? options = null) =>
        new MarkdownImporter().Import(new SourceText("test.md", markdown), options ?? ImportOptions.Default, new DiagnosticBag());

    public static ImportedDocument Text(string text, ImportOptions? options = null) =>
        new PlainTextImporter().Import(new SourceText("test.txt", text), options ?? ImportOptions.Default, new DiagnosticBag());

    public static Section Section(this DocumentContent content, string heading) =>
        content.AllSections().Single(s => s.Heading == heading);
}
