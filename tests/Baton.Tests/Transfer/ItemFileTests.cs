using Baton.Library;
using Baton.Transfer;
using YamlDotNet.Serialization;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

/// <summary><see cref="ItemFileWriter"/> and <see cref="ItemFileReader"/> together: what is written reads back equal, and other YAML readers see the same text.</summary>
public sealed class ItemFileTests
{
    private const string Id = "01jt5h2k3maaaaaaaaaaaaaaaa";

    private static Item Sample(string title = "A note", string body = "Body.\n") => new()
    {
        Id = Id,
        Kind = ItemKind.Note,
        Title = title,
        Body = body,
        Tags = [],
        Sensitivity = Sensitivity.Internal,
        Source = HumanSource(T0),
        Revision = 1,
        RevisedBy = Ada,
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    /// <summary>Writes as a backup does: through the <c>local</c> target, which changes nothing.</summary>
    private static string Write(ItemFile file) => ItemFileWriter.Write(ClearedItemFile.Pass(file, LocalBoundary()));

    private static ItemFile RoundTrip(ItemFile file)
    {
        var text = Write(file);
        var read = ItemFileReader.Read(text, "x.md", long.MaxValue, T0.AddDays(1));
        Assert.NotNull(read);
        return read;
    }

    /// <summary>The front matter as a YAML reader that resolves plain scalars to numbers, booleans and nulls sees it.</summary>
    private static Dictionary<string, object?> AsSeenByTypedYaml(string text)
    {
        var yaml = text["---\n".Length..text.IndexOf("\n---\n", StringComparison.Ordinal)];
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        return deserializer.Deserialize<Dictionary<string, object?>>(yaml);
    }

    public static TheoryData<string> TrickyTexts =>
    [
        "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", ".inf", "-.inf", ".NaN",
        "1", "1.0", "-5", "+3", "0x1F", "0o17", "1e-3", "1_000", "1:20", "2026-05-28", "2026-05-28T10:00:00Z", "12-48",
        "- dash", "-dash", "# hash", "a #b", "a: b", "key:value", "trailing:", "? question", "! bang", "& amp", "*star",
        "%percent", "@at", "`tick`", "| pipe", "> gt", "[brackets]", "{braces}", ",comma", "'single'", "\"double\"",
        "back\\slash", "tab\tinside", "<<", "=", "---", "...", "ünïcödé", "emoji 🚀🎉 and ZWJ 👩‍💻", "日本語のタイトル",
        " leading space", "trailing space ", "\u00A0nbsp", "zero\u200Bwidth", "\uFEFFbom first",
    ];

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Read_TrickyTitle_ReadsBackTheSameText(string title)
    {
        var item = Sample(ContextLibrary.CheckTitle(title));

        var read = RoundTrip(new ItemFile(item, [], null));

        AssertSameItem(item, read.Item);
    }

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Write_TrickyTitle_IsTextForTypedYamlReadersToo(string title)
    {
        var item = Sample(ContextLibrary.CheckTitle(title));

        var fields = AsSeenByTypedYaml(Write(new ItemFile(item, [], null)));

        Assert.Equal(item.Title, Assert.IsType<string>(fields["title"]));
    }

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Read_TrickySourceFields_ReadBackTheSameText(string text)
    {
        var item = Sample() with
        {
            Source = new SourceLabel
            {
                Actor = ActorKind.Ai,
                Name = text,
                Tool = text,
                Model = text,
                PromptRef = text,
                Repo = text,
                Branch = text,
                Commit = text,
                Dirty = false,
                Path = text,
                Lines = new LineRange(7, 7),
                Url = text,
                At = T0,
            },
            Anchor = new SnippetAnchor(text, new LineRange(1, 2), text, text, text),
            RevisedBy = new RevisionAuthor(ActorKind.Automation, text, text, text),
        };

        var read = RoundTrip(new ItemFile(item, [], null));

        AssertSameItem(item, read.Item);
    }

    [Theory]
    [InlineData("---\n---\nlooks like front matter\n---\n")]
    [InlineData("CRLF\r\nlines\r\n")]
    [InlineData("no trailing newline")]
    [InlineData("two trailing newlines\n\n")]
    [InlineData("\nstarts with a blank line")]
    [InlineData("  indented first line\n")]
    [InlineData("emoji 🚀 and \u0000 nul and \u001b escape")]
    [InlineData("\uFEFFa byte order mark first")]
    [InlineData("---")]
    [InlineData("mixed\r\nline\nendings\r")]
    public void Read_Body_ReadsBackByteForByte(string body)
    {
        var item = Sample(body: body);

        var read = RoundTrip(new ItemFile(item, [], null));

        Assert.Equal(body, read.Item.Body);
    }

    [Fact]
    public void Read_TrickyTags_ReadBackInOrder()
    {
        var item = Sample() with { Tags = Tags.Normalize(["1.0", "yes", "null", "a:b", "v1.2", "x/y", "ünï", "-lead"]) };

        var read = RoundTrip(new ItemFile(item, [], null));

        Assert.Equal(item.Tags, read.Item.Tags);
    }

    [Fact]
    public void Read_LinksAndPrompt_ReadBack()
    {
        var item = Sample() with { Kind = ItemKind.Prompt, Revision = 4 };
        var links = new List<FileLink> { new(LinkType.DerivedFrom, "01jt9zzzzzzzzzzzzzzzzzzzzz"), new(LinkType.RelatesTo, "01jt5h2k3mbbbbbbbbbbbbbbbb", T0) };
        var prompt = new FilePrompt("review-endpoint.v2", new SortedDictionary<string, int>(StringComparer.Ordinal) { ["production"] = 2, ["yes"] = 4 });

        var read = RoundTrip(new ItemFile(item, links, prompt));

        Assert.Equal(links, read.Links);
        Assert.Equal(prompt.Name, read.Prompt!.Name);
        Assert.Equal(prompt.Labels, read.Prompt.Labels);
    }

    [Fact]
    public void Write_FullyLabelledSnippet_MatchesTheDocumentedFormat()
    {
        var item = Sample(title: "Retry policy: 3 tries", body: "var delay = 200 * attempt;\n") with
        {
            Kind = ItemKind.Snippet,
            Tags = ["payments", "1.0"],
            Sensitivity = Sensitivity.Confidential,
            Revision = 2,
            UpdatedAt = T0.AddMinutes(5),
            ArchivedAt = T0.AddMinutes(6),
            Source = new SourceLabel
            {
                Actor = ActorKind.Ai,
                Name = "claude-code",
                Tool = "claude-code",
                Model = "claude-opus-4",
                PromptRef = "review-endpoint@3",
                Repo = "https://github.com/example/shop.git",
                Branch = "main",
                Commit = "1a2b3c4d",
                Dirty = true,
                Path = "src/Retry.cs",
                Lines = new LineRange(10, 40),
                Url = "https://example.com/chat/42",
                At = T0,
            },
            Anchor = new SnippetAnchor("src/Retry.cs", new LineRange(10, 40), "1a2b3c4d", "sha256:9f86d081", "csharp"),
            RevisedBy = Ada,
        };

        var text = Write(new ItemFile(item, [new FileLink("implements", "01jt9zzzzzzzzzzzzzzzzzzzzz", T0.AddSeconds(1))], null));

        Assert.Equal("""
            ---
            id: 01jt5h2k3maaaaaaaaaaaaaaaa
            kind: snippet
            title: 'Retry policy: 3 tries'
            tags: [payments, "1.0"]
            sensitivity: confidential
            revision: 2
            created: 2026-05-28T20:26:40.123Z
            updated: 2026-05-28T20:31:40.123Z
            archived: 2026-05-28T20:32:40.123Z
            source:
              actor: ai
              name: claude-code
              tool: claude-code
              model: claude-opus-4
              prompt: review-endpoint@3
              repo: https://github.com/example/shop.git
              branch: main
              commit: "1a2b3c4d"
              dirty: true
              path: src/Retry.cs
              lines: 10-40
              url: https://example.com/chat/42
              at: 2026-05-28T20:26:40.123Z
            anchor:
              path: src/Retry.cs
              lines: 10-40
              commit: "1a2b3c4d"
              hash: sha256:9f86d081
              language: csharp
            revised_by:
              actor: human
              name: Ada Lovelace <ada@example.com>
            links:
            - type: implements
              to: 01jt9zzzzzzzzzzzzzzzzzzzzz
              at: 2026-05-28T20:26:41.123Z
            ---
            var delay = 200 * attempt;

            """, text);
    }

    [Fact]
    public void Read_HandWrittenMinimalFile_FillsTheDocumentedDefaults()
    {
        var now = T0.AddDays(3);
        var text = $"""
            ---
            id: {Id}
            kind: doc
            title: Hand-written
            tags: Payments, retry
            source:
              actor: human
              name: Ada
            ---
            Text
            """;

        var item = ItemFileReader.Read(text, "x.md", long.MaxValue, now)!.Item;

        Assert.Equal(["payments", "retry"], item.Tags);
        Assert.Equal(Sensitivity.Internal, item.Sensitivity);
        Assert.Equal(1, item.Revision);
        Assert.Equal(now, item.CreatedAt);
        Assert.Equal(now, item.UpdatedAt);
        Assert.Equal(now, item.Source.At);
        Assert.Null(item.ArchivedAt);
        Assert.Equal(new RevisionAuthor(ActorKind.Human, "Ada"), item.RevisedBy);
    }

    [Fact]
    public void Read_NoFrontMatter_ReturnsNull()
    {
        Assert.Null(ItemFileReader.Read("# Just Markdown\n\n---\n", "x.md", long.MaxValue, T0));
    }

    [Fact]
    public void Read_CrlfDelimitersAndFields_ReadsTheBodyAfterTheClosingLine()
    {
        var text = $"---\r\nid: {Id}\r\nkind: note\r\ntitle: Windows\r\nsource:\r\n  actor: human\r\n  name: Ada\r\n---\r\nBody\r\n";

        var item = ItemFileReader.Read(text, "x.md", long.MaxValue, T0)!.Item;

        Assert.Equal("Windows", item.Title);
        Assert.Equal("Body\r\n", item.Body);
    }
}
