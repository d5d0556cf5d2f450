using System.Text.Json.Serialization;

namespace Baton.Cli.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ItemJson))]
[JsonSerializable(typeof(IReadOnlyList<ItemJson>))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitJson>))]
[JsonSerializable(typeof(IReadOnlyList<RevisionJson>))]
[JsonSerializable(typeof(MessageJson))]
[JsonSerializable(typeof(DiffJson))]
[JsonSerializable(typeof(IReadOnlyList<EventJson>))]
[JsonSerializable(typeof(ExportJson))]
[JsonSerializable(typeof(ImportJson))]
[JsonSerializable(typeof(PromptAddedJson))]
[JsonSerializable(typeof(IReadOnlyList<PromptJson>))]
[JsonSerializable(typeof(IReadOnlyList<PromptVersionJson>))]
[JsonSerializable(typeof(PromptLabelJson))]
[JsonSerializable(typeof(PromptDetailJson))]
[JsonSerializable(typeof(RenderedPromptJson))]
[JsonSerializable(typeof(RestoreJson))]
[JsonSerializable(typeof(RedactJson))]
[JsonSerializable(typeof(VaultStatusJson))]
[JsonSerializable(typeof(IReadOnlyList<TargetJson>))]
[JsonSerializable(typeof(ScanJson))]
[JsonSerializable(typeof(ReviewJson))]
[JsonSerializable(typeof(AuditCheckJson))]
[JsonSerializable(typeof(IReadOnlyList<InboxEntryJson>))]
[JsonSerializable(typeof(PackSummaryJson))]
[JsonSerializable(typeof(IReadOnlyList<PackListJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
