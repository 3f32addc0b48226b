using System.Text.Json.Serialization;

namespace PolicyKb.Search.Indexing;

/// <summary>Reads and writes <see cref="IndexListFile"/> without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(IndexListFile))]
internal sealed partial class IndexListJson : JsonSerializerContext;
