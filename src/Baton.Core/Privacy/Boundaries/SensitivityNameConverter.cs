using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Library;

namespace Baton.Privacy.Boundaries;

/// <summary>Writes a sensitivity as its name (<c>"confidential"</c>), as baton.yaml and the CLI spell it.</summary>
public sealed class SensitivityNameConverter : JsonConverter<Sensitivity>
{
    public override Sensitivity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Sensitivities.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Sensitivity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name());
}
