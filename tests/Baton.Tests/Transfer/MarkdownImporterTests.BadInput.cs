using System.Text;
using Baton.Library;
using Baton.Transfer;
using Baton.Workspaces;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

/// <summary>Every kind of bad file: one problem that names the file (and line and column where there is one), and nothing written.</summary>
public sealed partial class MarkdownImporterTests
{
    private const string Id = "01jt5h2k3maaaaaaaaaaaaaaaa";

    // Line 1 is the opening '---': id is on line 2, kind 3, title 4, source 5, actor 6, name 7.
    private const string Valid = $"""
        ---
        id: {Id}
        kind: note
        title: A note
        source:
          actor: human
          name: Ada
        ---
        Body.

        """;

    private string InFolder => _target.Folder("in");

    private static string With(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }

    private Task<FileMessage> ProblemAsync(string text, string name = "bad.md") => ProblemAsync(Encoding.UTF8.GetBytes(text), name);

    private async Task<FileMessage> ProblemAsync(byte[] content, string name = "bad.md", TransferWorkspace? workspace = null)
    {
        var target = workspace ?? _target;
        var folder = target.Folder("in");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content, Ct);

        var result = await target.ImportAsync(folder);

        Assert.False(result.Succeeded, "the import should have failed");
        Assert.Empty(await target.AllItemsAsync());
        Assert.Equal(0, await target.EventCountAsync());
        var problem = Assert.Single(result.Problems);
        Assert.Equal(name, problem.Path);
        Assert.StartsWith(name, problem.Message, StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public async Task ImportAsync_ValidTemplate_Imports()
    {
        Directory.CreateDirectory(InFolder);
        await File.WriteAllTextAsync(Path.Combine(InFolder, "ok.md"), Valid, Ct);

        var result = await _target.ImportAsync(InFolder);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Message)));
        var item = await _target.Store.FindItemAsync(Id, Ct);
        Assert.Equal("Body.\n", item!.Body);
        Assert.Equal(Sensitivity.Internal, item.Sensitivity);
        Assert.Equal(1, item.Revision);
    }

    [Fact]
    public async Task ImportAsync_MalformedYaml_NamesFileLineAndColumn()
    {
        var problem = await ProblemAsync(With("title: A note", "title: [unclosed"));

        Assert.Matches(@"^bad\.md:\d+:\d+: .*fix the YAML there$", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_ValueWithColonSpace_NamesFileLineAndColumn()
    {
        var problem = await ProblemAsync(With("title: A note", "title: Decision: use SQLite"));

        Assert.StartsWith("bad.md:4:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_DuplicateField_NamesTheSecond()
    {
        var problem = await ProblemAsync(With("kind: note\n", "kind: note\nkind: doc\n"));

        Assert.StartsWith("bad.md:4:1: Duplicate key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_FrontMatterIsAList_SaysItMustBeAMapping()
    {
        var problem = await ProblemAsync("---\n- id\n- kind\n---\nBody\n");

        Assert.StartsWith("bad.md:2:1: the front matter must be a mapping of fields (key: value)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_EmptyFrontMatter_SaysIdIsMissing()
    {
        var problem = await ProblemAsync("---\n---\nBody\n");

        Assert.Contains("has no 'id'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_NoClosingDelimiter_SaysAddOne()
    {
        var problem = await ProblemAsync(Valid.Replace("---\nBody.", "Body.", StringComparison.Ordinal));

        Assert.Equal("bad.md: front matter starts with '---' but has no closing '---' line; add one after the last field", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_UnknownKind_NamesPositionAndKinds()
    {
        var problem = await ProblemAsync(With("kind: note", "kind: gizmo"));

        Assert.Equal("bad.md:3:7: unknown kind 'gizmo'; use one of: note, snippet, decision, doc, prompt, feedback", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_UnknownSensitivity_NamesPositionAndLevels()
    {
        var problem = await ProblemAsync(With("title: A note\n", "title: A note\nsensitivity: top-secret\n"));

        Assert.Equal("bad.md:5:14: unknown sensitivity 'top-secret'; use one of: public, internal, confidential, secret", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_UnknownActor_NamesPosition()
    {
        var problem = await ProblemAsync(With("actor: human", "actor: robot"));

        Assert.StartsWith("bad.md:6:10: unknown actor kind 'robot'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: 01jt5h2k3maaaaaaaaaaaaaaaa\n", "id")]
    [InlineData("kind: note\n", "kind")]
    [InlineData("title: A note\n", "title")]
    [InlineData("source:\n  actor: human\n  name: Ada\n", "source")]
    [InlineData("  name: Ada\n", "source.name")]
    [InlineData("  actor: human\n", "source.actor")]
    public async Task ImportAsync_RequiredFieldMissing_NamesTheField(string removed, string field)
    {
        var problem = await ProblemAsync(With(removed, ""));

        Assert.StartsWith($"bad.md: the front matter has no '{field}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: A note", "title: \"   \"", "title")]
    [InlineData("title: A note", "title: ~", "title")]
    [InlineData("name: Ada", "name:", "source.name")]
    public async Task ImportAsync_RequiredFieldBlankOrNull_NamesTheField(string find, string replace, string field)
    {
        var problem = await ProblemAsync(With(find, replace));

        Assert.StartsWith($"bad.md: the front matter has no '{field}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("01jt5h2k3maaaaaaaaaaaaaaa")]
    [InlineData("01jt5h2k3maaaaaaaaaaaaaaaaa")]
    [InlineData("01jt5h2k3maaaaaaaaaaaaaaau")]
    [InlineData("81jt5h2k3maaaaaaaaaaaaaaaa")]
    [InlineData("01jt5h2k3m-aaaaaaaaaaaaaaa")]
    public async Task ImportAsync_InvalidId_NamesPositionAndRule(string id)
    {
        var problem = await ProblemAsync(With(Id, id));

        Assert.Equal($"bad.md:2:5: '{id}' is not a full item id; ids are 26 lower-case letters and digits (a ULID), as `baton export` writes them", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_UpperCaseId_IsReadInLowerCase()
    {
        Directory.CreateDirectory(InFolder);
        await File.WriteAllTextAsync(Path.Combine(InFolder, "ok.md"), With(Id, Id.ToUpperInvariant()), Ct);

        var result = await _target.ImportAsync(InFolder);

        Assert.Equal(Id, Assert.Single(result.Files).Id);
    }

    [Fact]
    public async Task ImportAsync_InvalidUtf8_SaysConvertIt()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        var problem = await ProblemAsync(bytes);

        Assert.StartsWith("bad.md is not valid UTF-8 text", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Body.\n", "")]
    [InlineData("Body.\n", "  \n\t\n")]
    public async Task ImportAsync_EmptyBody_SaysWriteTheText(string find, string replace)
    {
        var problem = await ProblemAsync(With(find, replace));

        Assert.Equal("bad.md: the body below the closing '---' is empty; write the item's text there", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_ClosingDelimiterIsTheLastLine_SaysBodyIsEmpty()
    {
        var problem = await ProblemAsync(With("---\nBody.\n", "---"));

        Assert.Contains("body below the closing '---' is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_BodyOverTheLimit_SaysTheLimitAndSetting()
    {
        await using var small = new TransferWorkspace(WorkspaceConfig.Default with { MaxBodyBytes = 100 });

        var problem = await ProblemAsync(Encoding.UTF8.GetBytes(With("Body.\n", new string('x', 101))), workspace: small);

        Assert.Equal("bad.md: the body is 101 bytes; the limit is 100 bytes (limits.max_body_bytes in .baton/baton.yaml); raise the limit or shorten the item", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_HugeFile_IsRefusedWithoutReadingIt()
    {
        await using var small = new TransferWorkspace(WorkspaceConfig.Default with { MaxBodyBytes = 100 });
        var huge = Encoding.UTF8.GetBytes(With("Body.\n", new string('x', 2 << 20)));

        var problem = await ProblemAsync(huge, workspace: small);

        Assert.StartsWith("bad.md is 2 MB, more than any item may hold", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnknownField_NamesItAndTheKnownOnes()
    {
        var problem = await ProblemAsync(With("title: A note\n", "title: A note\nsensitivty: secret\n"));

        Assert.StartsWith("bad.md:5:1: unknown field 'sensitivty'; use one of: id, kind, title, tags, sensitivity,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnknownSourceField_NamesItWithItsSection()
    {
        var problem = await ProblemAsync(With("  name: Ada\n", "  name: Ada\n  colour: blue\n"));

        Assert.StartsWith("bad.md:8:3: unknown field 'source.colour'; use one of: actor, name, tool", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: A note\n", "title: A note\nrevision: two\n", "bad.md:5:11: 'revision' is 'two'; it must be a whole number of at least 1")]
    [InlineData("title: A note\n", "title: A note\nrevision: 0\n", "bad.md:5:11: 'revision' is '0'; it must be a whole number of at least 1")]
    [InlineData("title: A note\n", "title: A note\ncreated: last tuesday\n", "bad.md:5:10: 'created' is 'last tuesday', not a date and time")]
    [InlineData("  name: Ada\n", "  name: Ada\n  dirty: maybe\n", "bad.md:8:10: 'source.dirty' is 'maybe'; write true or false")]
    [InlineData("  name: Ada\n", "  name: Ada\n  lines: 40-10\n", "bad.md:8:10: invalid line range '40-10'")]
    [InlineData("title: A note\n", "title: A note\ntags: [ok, \"has space\"]\n", "bad.md:5:12: invalid tag 'has space'")]
    [InlineData("title: A note\n", "title: A note\ntags: {a: b}\n", "bad.md:5:7: 'tags' must be a list")]
    [InlineData("title: A note\n", "title:\n  nested: map\n", "bad.md:5:3: 'title' must be a single value")]
    [InlineData("source:\n  actor: human\n  name: Ada\n", "source: Ada\n", "bad.md:5:9: 'source' must be a mapping of fields")]
    [InlineData("title: A note\n", "title: A note\nanchor:\n  path: a.cs\n  lines: 1-2\n", "bad.md: the front matter has no 'anchor.hash'")]
    public async Task ImportAsync_InvalidFieldValue_NamesPositionAndRule(string find, string replace, string expected)
    {
        var problem = await ProblemAsync(With(find, replace));

        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("links:\n- type: inspired-by\n  to: 01jt9zzzzzzzzzzzzzzzzzzzzz\n", "bad.md:6:9: unknown link type 'inspired-by'")]
    [InlineData("links:\n- type: relates-to\n  to: nope\n", "bad.md:7:7: 'nope' is not a full item id")]
    [InlineData($"links:\n- type: relates-to\n  to: {Id}\n", $"bad.md:7:7: an item cannot link to itself ({Id})")]
    [InlineData("links:\n- type: relates-to\n", "bad.md: the front matter has no 'links.to'")]
    [InlineData("links: 01jt9zzzzzzzzzzzzzzzzzzzzz\n", "bad.md:5:8: 'links' must be a list")]
    public async Task ImportAsync_InvalidLink_NamesPositionAndRule(string links, string expected)
    {
        var problem = await ProblemAsync(With("source:", links + "source:"));

        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PromptFieldOnANote_SaysRemoveIt()
    {
        var problem = await ProblemAsync(With("source:", "prompt:\n  name: x\nsource:"));

        Assert.Equal("bad.md:6:3: 'prompt' is only for items of kind prompt, and this one is a note; remove it", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_PromptWithoutName_SaysAddIt()
    {
        var problem = await ProblemAsync(With("kind: note", "kind: prompt"));

        Assert.StartsWith("bad.md: an item of kind prompt needs its name", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PromptLabelBeyondTheRevision_NamesTheLabel()
    {
        var problem = await ProblemAsync(With("kind: note", "kind: prompt").Replace("source:", "prompt:\n  name: review\n  labels:\n    production: 3\nsource:", StringComparison.Ordinal));

        Assert.Equal("bad.md:8:17: label 'production' points at version 3, but this prompt has versions 1 to 1", problem.Message);
    }

    [Fact]
    public async Task ImportAsync_PromptNameWithSpaces_IsInvalid()
    {
        var problem = await ProblemAsync(With("kind: note", "kind: prompt").Replace("source:", "prompt:\n  name: my prompt\nsource:", StringComparison.Ordinal));

        Assert.StartsWith("bad.md:6:9: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'my prompt'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SeveralBadFiles_ListsEveryOne()
    {
        Directory.CreateDirectory(Path.Combine(InFolder, "note"));
        await File.WriteAllTextAsync(Path.Combine(InFolder, "a.md"), With("kind: note", "kind: gizmo"), Ct);
        await File.WriteAllTextAsync(Path.Combine(InFolder, "note", "b.md"), With("title: A note\n", ""), Ct);
        await File.WriteAllTextAsync(Path.Combine(InFolder, "c.md"), With(Id, "01jt9zzzzzzzzzzzzzzzzzzzzz"), Ct);

        var result = await _target.ImportAsync(InFolder);

        Assert.Equal(["a.md", "note/b.md"], result.Problems.Select(p => p.Path));
        Assert.Equal(3, result.MarkdownFiles);
        Assert.Empty(await _target.AllItemsAsync());
    }
}
