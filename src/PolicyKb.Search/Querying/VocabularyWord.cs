namespace PolicyKb.Search.Querying;

/// <summary>A surface word of the index (lower case, unstemmed) and the number of sections that use it.</summary>
public sealed record VocabularyWord(string Word, int DocFreq);
