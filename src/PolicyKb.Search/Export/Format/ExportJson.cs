using System.Text.Json.Serialization;

namespace PolicyKb.Search.Export.Format;

/// <summary>Serializes the export's JSON files at build time, without reflection, in the property order of their records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchManifest))]
[JsonSerializable(typeof(SectionFile))]
[JsonSerializable(typeof(SectionFile[]))]
internal sealed partial class ExportJson : JsonSerializerContext;
