using Baton.Library;
using Baton.Packing;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Baton.Workspaces;

namespace Baton.Tests.Packing.Packs;

public sealed class PackBuilderTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly TempDirectory _out = new();
    private SqliteStore _store = null!;
    private PackBuilder _builder = null!;

    public ValueTask InitializeAsync()
    {
        _store = SqliteStore.Open(_out.Combine("baton.db"), create: true);
        var library = new ContextLibrary(_store, TimeProvider.System, WorkspaceConfig.Default);
        // The vault's key goes to a data folder of the test's own, never the real one.
        string? Variable(string name) => name == "XDG_DATA_HOME" ? _out.Combine("xdg-data") : null;
        _builder = new PackBuilder(library, new PromptService(library), _store,
            (target, ct) => PrivacyBoundaries.OpenAsync(_store, WorkspaceConfig.Default, Variable, target, cancellationToken: ct), _temp.Path);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _temp.Dispose();
        _out.Dispose();
    }

    private static readonly RevisionAuthor Tester = new(ActorKind.Human, "tester");

    [Fact]
    public async Task Build_FileChangesBetweenThePasses_IsLeftOutWithAMarkerAndReported_NeverMixed()
    {
        File.WriteAllText(_temp.Combine("a.txt"), "first version of a\n");
        File.WriteAllText(_temp.Combine("b.txt"), "b stays\n");
        var progress = new Hook(p =>
        {
            if (p.Stage == "counting" && p.FilesMeasured == 2)
                File.WriteAllText(_temp.Combine("a.txt"), "second version of a, written while the pack ran\n");
        });

        // A budget makes two passes (without one, each file is read once, so it cannot change between reads).
        using var output = PackOutput.ToFile(_out.Combine("pack.md"));
        var result = await _builder.BuildAsync(new PackSpec { BaseDirectory = _temp.Path, Budget = 100_000 }, output, Tester, record: true, progress, cancellationToken: TestContext.Current.CancellationToken);

        var text = await File.ReadAllTextAsync(_out.Combine("pack.md"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("version of a", text, StringComparison.Ordinal);
        Assert.Contains("left out: changed while packing", text, StringComparison.Ordinal);
        Assert.Contains("b stays", text, StringComparison.Ordinal);
        var a = result.Manifest.Files.Single(f => f.Path == "a.txt");
        Assert.Equal("changed", a.Status);
        Assert.Equal(TiktokenCounterFor(text), result.Manifest.OutputTokens);
    }

    [Fact]
    public async Task Build_FileVanishesAfterSelection_IsReportedUnreadable()
    {
        File.WriteAllText(_temp.Combine("a.txt"), "a\n");
        File.WriteAllText(_temp.Combine("gone.txt"), "gone\n");
        var progress = new Hook(p =>
        {
            if (p.Stage == "walking" && p.FilesSelected == 2 && File.Exists(_temp.Combine("gone.txt")))
                File.Delete(_temp.Combine("gone.txt"));
        });

        using var output = PackOutput.ToFile(_out.Combine("pack.md"));
        var result = await _builder.BuildAsync(new PackSpec { BaseDirectory = _temp.Path }, output, Tester, record: true, progress, cancellationToken: TestContext.Current.CancellationToken);

        var gone = result.Manifest.Files.Single(f => f.Path == "gone.txt");
        Assert.Equal("unreadable", gone.Status);
        Assert.Contains("cannot read", gone.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FailureMidway_LeavesNoFileBehind()
    {
        File.WriteAllText(_temp.Combine("a.txt"), "a\n");
        using var cancel = new CancellationTokenSource();
        var progress = new Hook(p =>
        {
            if (p.Stage == "writing")
                cancel.Cancel();
        });

        using (var output = PackOutput.ToFile(_out.Combine("pack.md")))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _builder.BuildAsync(new PackSpec { BaseDirectory = _temp.Path }, output, Tester, record: true, progress, cancellationToken: cancel.Token));

        Assert.Equal(["baton.db"], Directory.GetFiles(_out.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith("baton.db-", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(3)] // few files: each count is looked up on its own
    [InlineData(40)] // enough files to read the whole token cache in one query
    public async Task Build_SecondTime_ReusesEveryFileCount_AndWritesTheSameBytes(int files)
    {
        for (var i = 0; i < files; i++)
            File.WriteAllText(_temp.Combine($"f{i:D2}.txt"), $"file {i}: some text to count, {new string('x', i)}\n");
        var ct = TestContext.Current.CancellationToken;

        PackResult first, second;
        using (var output = PackOutput.ToFile(_out.Combine("first.md")))
            first = await _builder.BuildAsync(new PackSpec { BaseDirectory = _temp.Path }, output, Tester, record: true, id: "01kpack0000000000000000001", cancellationToken: ct);
        using (var output = PackOutput.ToFile(_out.Combine("second.md")))
            second = await _builder.BuildAsync(new PackSpec { BaseDirectory = _temp.Path }, output, Tester, record: true, id: "01kpack0000000000000000002", cancellationToken: ct);

        Assert.Equal(0, first.CacheHits);
        Assert.Equal(files, second.CacheHits);
        Assert.Equal(first.Manifest.Files.Select(f => f.Tokens), second.Manifest.Files.Select(f => f.Tokens));
        var text = await File.ReadAllTextAsync(_out.Combine("second.md"), ct);
        Assert.Equal(TiktokenCounterFor(text), second.Manifest.OutputTokens);
    }

    private static long TiktokenCounterFor(string text) => Baton.Packing.Tokens.TiktokenCounter.For("o200k_base").Count(text);

    private sealed class Hook(Action<PackProgress> action) : IProgress<PackProgress>
    {
        public void Report(PackProgress value) => action(value);
    }
}
