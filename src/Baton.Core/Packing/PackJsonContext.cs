using System.Text.Json.Serialization;

namespace Baton.Packing;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PackManifest))]
internal sealed partial class PackJsonContext : JsonSerializerContext;
