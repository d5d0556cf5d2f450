using System.Text.Json.Serialization;

namespace Baton.Storage.Sqlite;

// Serialization only: these are event payloads, written and never read back here; the fast path needs none of the
// property metadata whose generic code ReadyToRun cannot precompile (recording a pack paid for it at every run).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(DeletedItem))]
[JsonSerializable(typeof(LinkChange))]
[JsonSerializable(typeof(LabelChange))]
[JsonSerializable(typeof(PackCreated))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
