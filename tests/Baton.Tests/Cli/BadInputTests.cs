using System.Text;
using System.Text.Json;
using Baton.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Cli;

/// <summary>Every user mistake gets one line on stderr that says how to fix it, the right exit code, and no partial write.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public BadInputTests() => _baton = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private async Task InitAsync() => Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);

    private async Task<int> CountAsync() =>
        JsonDocument.Parse((await _baton.RunAsync("list", "--archived", "--json", "--limit", "10000")).Out).RootElement.GetArrayLength();

    private static void AssertOneLineError(CliResult result, int exitCode, string expected)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("baton: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_OutsideWorkspace_SaysRunInit()
    {
        AssertOneLineError(await _baton.RunAsync("list"), 2, "baton init");
        AssertOneLineError(await _baton.RunAsync("search", "x"), 2, "baton init");
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "b"), 2, "baton init");
    }

    [Fact]
    public async Task Workspace_PointingNowhere_SaysWhatWasExpected()
    {
        AssertOneLineError(await _baton.RunAsync("list", "--workspace", "missing"), 2, "no Baton workspace at");
    }

    [Fact]
    public async Task Add_UnknownKind_ListsKinds()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("add", "memo", "--title", "t", "--body", "b"), 2, "note, snippet, decision, doc, prompt");
    }

    [Fact]
    public async Task Add_UnknownSensitivity_ListsLevels()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--sensitivity", "top-secret"), 2, "public, internal, confidential, secret");
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Add_UnknownActor_ListsActors()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--actor", "robot"), 2, "human, ai, automation");
    }

    [Fact]
    public async Task Add_MissingTitle_SaysGiveOne()
    {
        await InitAsync();
        var result = await _baton.RunAsync("add", "note", "--body", "b");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_EmptyBody_SaysWhereBodiesComeFrom()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "  \n "), 2, "--body");
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t"), 2, "--file");
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Add_FiftyMegabyteBody_IsRefusedWithTheLimitAndNothingWritten()
    {
        await InitAsync();
        var huge = new byte[50 << 20];
        huge.AsSpan().Fill((byte)'a');

        var result = await _baton.RunWithInputAsync(huge, "add", "note", "--title", "huge");

        AssertOneLineError(result, 2, "the limit is 16 MB");
        Assert.Contains("max_body_bytes", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Add_BodyLimitFromSettings_IsHonoured()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine(".baton/baton.yaml"), "version: 1\nlimits:\n  max_body_bytes: 10\n");

        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "eleven char"), 2, "the limit is 10 bytes");
        Assert.Equal(0, (await _baton.RunAsync("add", "note", "--title", "t", "--body", "ten chars!")).ExitCode);
    }

    [Fact]
    public async Task Add_InvalidUtf8OnStdin_IsRefused()
    {
        await InitAsync();

        var result = await _baton.RunWithInputAsync([0x68, 0x69, 0xC3, 0x28, 0xFF], "add", "note", "--title", "t");

        AssertOneLineError(result, 2, "stdin is not valid UTF-8");
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Add_InvalidTag_NothingWritten()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--tag", "has space"), 2, "invalid tag");
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Settings_MalformedYaml_GivesLineAndColumn()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine(".baton/baton.yaml"), "version: 1\nlimits:\n  max_body_bytes: [1, 2\n");

        var result = await _baton.RunAsync("add", "note", "--title", "t", "--body", "b");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"baton\.yaml:\d+:\d+: ", result.Error);
    }

    [Fact]
    public async Task Settings_WrongType_GivesLineAndColumn()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine(".baton/baton.yaml"), "version: 1\nlimits:\n  max_body_bytes: lots\n");

        AssertOneLineError(await _baton.RunAsync("list"), 2, "baton.yaml:3:19: 'limits.max_body_bytes' must be a positive whole number");
    }

    [Fact]
    public async Task Show_PrefixMatchingNothing_ExitsOne()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("show", "zzzzzzzz"), 1, "no item matches 'zzzzzzzz'");
    }

    [Fact]
    public async Task Show_NotAnId_ExitsTwo()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("show", "not-an-id!"), 2, "is not an item id");
        AssertOneLineError(await _baton.RunAsync("show", "01"), 2, "at least 4");
    }

    [Fact]
    public async Task Show_AmbiguousPrefix_ListsCandidates()
    {
        await InitAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t" + i, "--body", "b", "--json")).Out).RootElement.GetProperty("id").GetString()!);
        var shared = ids[0][..4];

        var result = await _baton.RunAsync("show", shared);

        AssertOneLineError(result, 2, "give more characters");
        Assert.Contains(ids[0], result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_TypedWithCrockfordLookalikes_StillResolves()
    {
        await InitAsync();
        var id = JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        var typed = id[..12].ToUpperInvariant().Replace('0', 'O').Replace('1', 'I');

        Assert.Equal(0, (await _baton.RunAsync("show", typed)).ExitCode);
    }

    [Theory]
    [InlineData("retry AND", "AND, OR and NOT need a word on each side")]
    [InlineData("OR retry", "syntax error")]
    [InlineData("\"unclosed", "a quote is not closed")]
    [InlineData("(retry", "'(' is not closed")]
    [InlineData("NOT", "syntax error")]
    public async Task Search_SyntaxError_ClearMessageNeverSqlite(string query, string expected)
    {
        await InitAsync();
        await _baton.RunAsync("add", "note", "--title", "t", "--body", "retry");

        var result = await _baton.RunAsync("search", query);

        AssertOneLineError(result, 2, expected);
        Assert.DoesNotContain("SQLite", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c#")]
    [InlineData("api-spec")]
    [InlineData("foo:bar")]
    [InlineData("^$ %")]
    [InlineData("'; DROP TABLE items; --")]
    public async Task Search_PunctuationAndHostileText_IsSearchedNotParsed(string query)
    {
        await InitAsync();
        await _baton.RunAsync("add", "note", "--title", "t", "--body", "b");

        var result = await _baton.RunAsync("search", query);

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal(0, (await _baton.RunAsync("list")).ExitCode);
    }

    [Fact]
    public async Task Search_BadSince_SaysTheFormats()
    {
        await InitAsync();
        AssertOneLineError(await _baton.RunAsync("search", "x", "--since", "last tuesday"), 2, "30m, 12h, 7d, 4w");
    }

    [Fact]
    public async Task CorruptDatabase_SaysRestoreOrReinit()
    {
        await InitAsync();
        var random = new byte[8192];
        new Random(7).NextBytes(random);
        File.WriteAllBytes(_temp.Combine(".baton/baton.db"), random);
        File.Delete(_temp.Combine(".baton/baton.db-wal"));
        File.Delete(_temp.Combine(".baton/baton.db-shm"));

        AssertOneLineError(await _baton.RunAsync("list"), 2, "restore it from a backup");
    }

    [Fact]
    public async Task DamagedPagesMetWhileReading_SayRestoreNotARawError()
    {
        await InitAsync();
        var body = new string('x', 3000);
        for (var i = 0; i < 40; i++)
            await _baton.RunAsync("add", "note", "--title", "t" + i, "--body", body + i);
        await using (var checkpoint = new SqliteConnection($"Data Source={_temp.Combine(".baton/baton.db")};Pooling=False"))
        {
            checkpoint.Open();
            using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        using (var file = File.OpenWrite(_temp.Combine(".baton/baton.db")))
        {
            var garbage = new byte[file.Length / 2];
            new Random(3).NextBytes(garbage);
            file.Position = file.Length / 3; // past the header and schema: opening works, reading items does not
            file.Write(garbage);
        }

        var result = await _baton.RunAsync("list", "--limit", "100");

        AssertOneLineError(result, 2, "from a backup");
        Assert.DoesNotContain("SQLite Error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewerSchema_SaysUpgradeBaton()
    {
        await InitAsync();
        using (var connection = new SqliteConnection($"Data Source={_temp.Combine(".baton/baton.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        AssertOneLineError(await _baton.RunAsync("list"), 2, "schema version 999");
    }

    [Fact]
    public async Task UnknownCommandOrOption_ExitsTwoWithHelpHint()
    {
        var unknownCommand = await _baton.RunAsync("frobnicate");
        var unknownOption = await _baton.RunAsync("list", "--colour");

        Assert.Equal(2, unknownCommand.ExitCode);
        Assert.Equal(2, unknownOption.ExitCode);
        Assert.Contains("--help", unknownOption.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_AddsTheStack()
    {
        var result = await _baton.RunAsync("list", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BatonException", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ConcurrentChange_IsRefusedNotOverwritten()
    {
        await InitAsync();
        var id = JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t", "--body", "v1", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        await using (var session = await Baton.Cli.Infrastructure.Session.OpenAsync(new Baton.Cli.Infrastructure.GlobalSettings(), new CliEnvironmentProbe(_temp.Path).Environment, TestContext.Current.CancellationToken))
        {
            var author = new Baton.Library.RevisionAuthor(Baton.Library.ActorKind.Human, "other");
            await session.Library.EditAsync(id, new Baton.Library.ItemEdit { Body = "theirs", Author = author }, TestContext.Current.CancellationToken);
            var stale = session.Library.EditAsync(id, new Baton.Library.ItemEdit { Body = "mine", Author = author, ExpectedRevision = 1 }, TestContext.Current.CancellationToken);
            var error = await Assert.ThrowsAsync<BatonException>(() => stale);
            Assert.Contains("nothing was saved", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("theirs\n", (await _baton.RunAsync("show", id, "--body")).Out);
    }

    [Fact]
    public async Task TwoProcesses_AddingAtOnce_LoseNothing()
    {
        await InitAsync();
        var dll = Path.Combine(AppContext.BaseDirectory, "baton.dll");
        const int perProcess = 25;
        var script = $"for i in $(seq 1 {perProcess}); do dotnet '{dll}' add note --title \"$0 $i\" --body \"from $0\" >/dev/null || exit 1; done";

        string[] names = ["alpha", "beta"];
        var writers = names.Select(name => Task.Run(() =>
        {
            var start = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = _temp.Path, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(name);
            start.Environment["HOME"] = _temp.Path;
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }, TestContext.Current.CancellationToken)).ToArray();
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.error));
        Assert.Equal(2 * perProcess, await CountAsync());
    }

    [Fact]
    public async Task Edit_TagsWithStdinRedirected_DoesNotTakeStdinAsTheBody()
    {
        await InitAsync();
        var id = JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t", "--body", "kept", "--json")).Out).RootElement.GetProperty("id").GetString()!;

        var result = await _baton.RunWithInputAsync("not meant as a body", "edit", id, "--add-tag", "x");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("kept\n", (await _baton.RunAsync("show", id, "--body")).Out);
    }

    [Theory]
    [InlineData("999999d")]
    [InlineData("2147483647w")]
    public async Task Search_HugeSince_MeansEverythingNotAnInternalError(string since)
    {
        await InitAsync();
        await _baton.RunAsync("add", "note", "--title", "t", "--body", "retry");

        Assert.Equal(0, (await _baton.RunAsync("search", "retry", "--since", since)).ExitCode);
    }

    [Fact]
    public async Task Log_PrefixOfDeletedItem_SaysToUseTheFullId()
    {
        await InitAsync();
        var id = JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        await _baton.RunAsync("delete", id, "--yes");

        AssertOneLineError(await _baton.RunAsync("log", id[..12]), 1, "full 26-character id");
        Assert.Contains("item.deleted", (await _baton.RunAsync("log", id)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithMissingEditor_SaysHowToFix()
    {
        await InitAsync();
        var id = JsonDocument.Parse((await _baton.RunAsync("add", "note", "--title", "t", "--body", "b", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        _baton.Interactive = true;
        _baton.Variables["EDITOR"] = "no-such-editor-anywhere";

        AssertOneLineError(await _baton.RunAsync("edit", id), 2, "set $VISUAL or $EDITOR");
    }
}
