using System.Text.Json.Serialization;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

/// <summary>
/// <see cref="PackJsonContext"/>'s options, generating only the serializer's fast path: recording a pack writes its
/// manifest once per process, and building the metadata that reading needs (property and constructor infos, one
/// set of generic code per property type, compiled at start-up because ReadyToRun cannot) cost more than writing it.
/// Writes the same JSON as <see cref="PackJsonContext"/> (PackJsonContextTests compares them).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(PackManifest))]
// Its sensitivity has a converter of its own, which the fast path cannot inline: this type keeps its metadata.
[JsonSerializable(typeof(WithheldContent), GenerationMode = JsonSourceGenerationMode.Default)]
internal sealed partial class PackJsonWriteContext : JsonSerializerContext;
