using System.Text.Json.Serialization;

namespace Baton.Storage.Sqlite;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DeletedItem))]
[JsonSerializable(typeof(LinkChange))]
[JsonSerializable(typeof(LabelChange))]
[JsonSerializable(typeof(PackCreated))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
