using System.Text.Json;
using Baton.Library;
using Baton.Packing;
using Baton.Privacy.Boundaries;

namespace Baton.Tests.Packing.Packs;

public sealed class PackJsonWriteContextTests
{
    [Fact]
    public void Serialize_EveryKindOfField_SameJsonAsTheMetadataContext()
    {
        var manifest = Manifest();

        var written = JsonSerializer.Serialize(manifest, PackJsonWriteContext.Default.PackManifest);

        Assert.Equal(JsonSerializer.Serialize(manifest, PackJsonContext.Default.PackManifest), written);
        Assert.Contains("\"sensitivity\": \"secret\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"commit\"", written, StringComparison.Ordinal); // null: left out
    }

    [Fact]
    public void Serialize_ReadBack_SameManifest()
    {
        var written = JsonSerializer.Serialize(Manifest(), PackJsonWriteContext.Default.PackManifest);

        var read = JsonSerializer.Deserialize(written, PackJsonContext.Default.PackManifest)!;

        Assert.Equal(written, JsonSerializer.Serialize(read, PackJsonWriteContext.Default.PackManifest));
    }

    private static PackManifest Manifest() => new()
    {
        Id = "01m89m9jg96fyg39ahzkbt34w2",
        CreatedAt = new DateTimeOffset(2026, 11, 25, 15, 30, 0, TimeSpan.Zero),
        CreatedBy = "Ada Lovelace <ada@example.com>",
        Spec = new PackSpec
        {
            BaseDirectory = "/repo",
            Paths = ["src", "docs/a b.md"],
            Exclude = ["*.min.js"],
            FollowSymlinks = true,
            ItemRevisions = new Dictionary<string, int> { ["01abc"] = 3 },
            Tags = ["api"],
            Budget = 4000,
            Instructions = "Review \"this\" <carefully> — ünïcode",
        },
        Commit = null,
        Dirty = true,
        Style = "xml",
        Encoding = "o200k_base",
        Target = "external-ai",
        Files = [new PackFileEntry("src/a.cs", "e69de29", 12, 7, "truncated", Lines: 40, KeptLines: 10), new PackFileEntry("b.txt", null, 0, 3, "unreadable", Detail: "cannot read")],
        Items = [new PackItemEntry("01abc", 3, "Retry policy", 120, "included", "named")],
        Sections = [new PackSectionEntry("diff", "HEAD", 300, "included")],
        Skipped = [new PackSkippedEntry("bin/", "default-ignore", "build output")],
        Parts = [new PackPartEntry(1, "/out/pack.1.xml", 2000, 8000, "ab12"), new PackPartEntry(2, null, 10, 40, "cd34")],
        OutputSha256 = "ef56",
        OutputTokens = 2010,
        OutputBytes = 8040,
        Boundary = new BoundaryReport("external-ai", new Dictionary<string, int> { ["aws-access-key"] = 2 }, [new WithheldContent("01def", Sensitivity.Secret)])
        {
            Rules = [new RuleTreatment("aws-access-key", "secret", 2, "redacted")],
            Texts = 5,
        },
    };
}
