namespace PolicyKb.Tests.Fuzzing;

/// <summary>What a mutant is made from, and so which importer reads it.</summary>
internal enum MutantKind
{
    Markdown,
    Text,
    Memo,
}
