using System.Text.Json.Serialization;

namespace PolicyKb.Site.Compare;

/// <summary>Serializes the compare page's version files at build time, without reflection, in the property order of their records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VersionText))]
internal sealed partial class CompareJson : JsonSerializerContext;
