using Baton.Library;
using Baton.Prompts;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Baton.Workspaces;

namespace Baton.Tests.Prompts;

/// <summary>A prompt library on a real SQLite file in a temporary folder, with a clock the test moves.</summary>
internal sealed class PromptFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_123);

    private readonly TempDirectory _temp;

    private PromptFixture(TempDirectory temp, SqliteStore store, WorkspaceConfig config, PromptLimits limits)
    {
        _temp = temp;
        Store = store;
        Library = new ContextLibrary(store, Time, config);
        Limits = limits;
        Prompts = new PromptService(Library, limits);
    }

    public ManualTime Time { get; } = new(T0);

    public SqliteStore Store { get; }

    public ContextLibrary Library { get; }

    public PromptLimits Limits { get; }

    public PromptService Prompts { get; }

    public PromptRenderer Renderer => new(Library, Limits);

    public static PromptFixture Create(WorkspaceConfig? config = null, PromptLimits? limits = null)
    {
        var temp = new TempDirectory();
        var store = SqliteStore.Open(temp.Combine("baton.db"), create: true);
        return new PromptFixture(temp, store, config ?? WorkspaceConfig.Default, limits ?? PromptLimits.Default);
    }

    public SourceLabel Source() => new() { Actor = ActorKind.Human, Name = "Ada Lovelace <ada@example.com>", At = Time.GetUtcNow() };

    public static RevisionAuthor Ada => new(ActorKind.Human, "Ada Lovelace <ada@example.com>");

    public async Task<Item> AddItemAsync(string title, string body, ItemKind kind = ItemKind.Doc, params string[] tags)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return await Library.AddAsync(new NewItem { Kind = kind, Title = title, Body = body, Tags = tags, Source = Source() }, TestContext.Current.CancellationToken);
    }

    public async Task<AddedPrompt> AddPromptAsync(string name, string text)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return await Prompts.AddAsync(name, text, Source(), $"{name}.md", TestContext.Current.CancellationToken);
    }

    /// <summary>Compiles and renders a template that is not stored, as version 1 of "test".</summary>
    public async Task<RenderedPrompt> RenderAsync(string text, IReadOnlyDictionary<string, object?>? values = null)
    {
        var compiled = PromptRenderer.Compile(PromptTemplate.Parse(text, "test.md"), Limits);
        return await Renderer.RenderAsync(compiled, "test", 1, values ?? new Dictionary<string, object?>(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _temp.Dispose();
    }

    internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
