using Baton.Git;
using Baton.Handoffs;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Privacy.Vault;
using Baton.Storage;
using Baton.Workspaces;

namespace Baton.Cli.Infrastructure;

/// <summary>An open workspace for one command: its store, settings and library.</summary>
internal sealed class Session : IAsyncDisposable
{
    private readonly IBatonStore _store;

    private Session(Workspace workspace, IBatonStore store, WorkspaceConfig config, CliEnvironment environment)
    {
        Workspace = workspace;
        _store = store;
        Config = config;
        Environment = environment;
        Library = new ContextLibrary(store, environment.Time, config);
    }

    public Workspace Workspace { get; }

    public WorkspaceConfig Config { get; }

    public CliEnvironment Environment { get; }

    public ContextLibrary Library { get; }

    public IBatonStore Store => _store;

    public HandoffService Handoffs => new(Library, Config.Handoffs);

    /// <summary>Where git runs for this workspace: its root, or the current folder for the personal library.</summary>
    public string GitDirectory => Workspace.IsPersonal ? Environment.CurrentDirectory : Workspace.Root;

    /// <summary>Finds the workspace the settings point at (the personal library is created on first use) and opens it.</summary>
    public static Task<Session> OpenAsync(GlobalSettings settings, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        OpenAsync(settings, environment, settings.Personal, cancellationToken);

    /// <summary>The workspace found from the current folder, or the personal library when there is none (and no --workspace).</summary>
    public static async Task<Session> OpenOrPersonalAsync(GlobalSettings settings, CliEnvironment environment, Action<string> note, CancellationToken cancellationToken = default)
    {
        if (settings.Personal || settings.Workspace is not null || Workspace.TryFind(environment.CurrentDirectory) is not null)
            return await OpenAsync(settings, environment, cancellationToken);
        note("no Baton workspace here; recording in your personal library (run `baton init` to give this folder its own)");
        return await OpenAsync(settings, environment, personal: true, cancellationToken);
    }

    private static async Task<Session> OpenAsync(GlobalSettings settings, CliEnvironment environment, bool personal, CancellationToken cancellationToken)
    {
        Workspace workspace;
        if (personal)
        {
            workspace = Workspace.Personal(environment.Variable);
            if (!File.Exists(workspace.DatabasePath))
                await WorkspaceInitializer.CreateAsync(workspace, cancellationToken);
        }
        else
        {
            workspace = settings.Workspace is not null
                ? Workspace.At(Path.Combine(environment.CurrentDirectory, settings.Workspace))
                : Workspace.Find(environment.CurrentDirectory);
        }

        var config = WorkspaceConfig.Load(workspace.ConfigPath);
        var store = workspace.OpenStore();
        return new Session(workspace, store, config, environment);
    }

    /// <summary>The source label for something written now, from the settings, environment and git.</summary>
    public async Task<SourceLabel> SourceAsync(WriteSettings settings, string? path = null, LineRange? lines = null, CancellationToken cancellationToken = default)
    {
        var git = await GitProbe.ReadAsync(GitDirectory, cancellationToken);
        var overrides = settings.Overrides() with { Path = path, Lines = lines };
        return SourceCapture.Build(overrides, Environment.Variable, git, Library.Now());
    }

    /// <summary>
    /// The source label of lines taken from <paramref name="file"/>: the git facts are those of the repository that holds
    /// the file (which need not be the workspace's: a submodule, a sibling checkout), the path is relative to that
    /// repository's root (or to the workspace outside git), and dirty means this file differs from the commit.
    /// </summary>
    public async Task<SourceLabel> FileSourceAsync(WriteSettings settings, string file, LineRange lines, CancellationToken cancellationToken = default)
    {
        var git = await GitProbe.ReadAsync(Path.GetDirectoryName(file)!, cancellationToken);
        var relative = Path.GetRelativePath(git.Root ?? Workspace.Root, file).Replace('\\', '/');
        if (git.Root is not null)
            git = git with { Dirty = await GitProbe.FileChangedAsync(file, cancellationToken) };
        var overrides = settings.Overrides() with { Path = relative, Lines = lines };
        return SourceCapture.Build(overrides, Environment.Variable, git, Library.Now());
    }

    /// <summary>
    /// Who is making a change (edits, archive, links): the same rules as a source label, without git's commit. An
    /// author is a name, so git's user is all it reads from git (one process: git config).
    /// </summary>
    public async Task<RevisionAuthor> AuthorAsync(WriteSettings settings, CancellationToken cancellationToken = default)
    {
        var git = await GitProbe.ReadUserAsync(GitDirectory, cancellationToken);
        return RevisionAuthor.From(SourceCapture.Build(settings.Overrides(), Environment.Variable, git, Library.Now()));
    }

    public async Task<IReadOnlyDictionary<string, string>> ShortIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        await _store.ShortIdsAsync(ids, ItemIds.ShortLength, cancellationToken);

    public async Task<string> ShortIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await ShortIdsAsync([id], cancellationToken))[id];

    /// <summary>The privacy boundary of this workspace for <paramref name="target"/> (external-ai when null): the one way content leaves.</summary>
    public Task<PrivacyBoundary> OpenBoundaryAsync(string? target, CancellationToken cancellationToken = default) =>
        PrivacyBoundaries.OpenAsync(_store, Config, Environment.Variable, target, Environment.Time, cancellationToken: cancellationToken);

    /// <summary>The boundary for a pack: it remembers the texts it passed clean, so a pack of an unchanged tree skips scanning them.</summary>
    public Task<PrivacyBoundary> OpenPackBoundaryAsync(string? target, CancellationToken cancellationToken = default) =>
        PrivacyBoundaries.OpenAsync(_store, Config, Environment.Variable, target, Environment.Time, remember: true, cancellationToken);

    /// <summary>Puts the values of this workspace's pseudonyms back into <paramref name="text"/> (baton restore).</summary>
    public async Task<RestoreResult> RestoreAsync(string text, CancellationToken cancellationToken = default)
    {
        if (PseudonymPlaceholders.Find(text).Count == 0)
            return new RestoreResult(text, 0, []);
        var vault = await PseudonymVault.OpenExistingAsync(_store.Vault, VaultKeyFile.Folder(Environment.Variable), Environment.Time, cancellationToken);
        return await PseudonymVault.RestoreAsync(vault, _store.Vault, text, cancellationToken);
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
