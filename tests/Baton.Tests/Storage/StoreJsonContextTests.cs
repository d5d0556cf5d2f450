using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Baton.Storage.Sqlite;

namespace Baton.Tests.Storage;

public sealed class StoreJsonContextTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    [Fact]
    public void Serialize_EventPayloads_SameJsonAsReflection()
    {
        var created = new PackCreated("external-ai", "o200k_base", "xml", 3, 1, 4_000_000_000, "ab\"12");
        var deleted = new DeletedItem("note", "Ümlaut <title>", 2);
        var link = new LinkChange("relates-to", "01abc");
        var label = new LabelChange("prod", 7);

        Assert.Equal(JsonSerializer.Serialize(created, Reflection), JsonSerializer.Serialize(created, StoreJsonContext.Default.PackCreated));
        Assert.Equal(JsonSerializer.Serialize(deleted, Reflection), JsonSerializer.Serialize(deleted, StoreJsonContext.Default.DeletedItem));
        Assert.Equal(JsonSerializer.Serialize(link, Reflection), JsonSerializer.Serialize(link, StoreJsonContext.Default.LinkChange));
        Assert.Equal(JsonSerializer.Serialize(label, Reflection), JsonSerializer.Serialize(label, StoreJsonContext.Default.LabelChange));
    }
}
