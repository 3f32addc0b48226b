using System.Text.Json.Serialization;

namespace PolicyKb.Site.Data;

/// <summary>Serializes the data files without reflection, in the property order of their records, so the same input gives the same bytes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(PolicyData))]
internal sealed partial class PolicyDataJson : JsonSerializerContext;
