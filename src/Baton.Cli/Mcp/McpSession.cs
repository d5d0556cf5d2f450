using Baton.Git;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Baton.Workspaces;
using ModelContextProtocol.Protocol;

namespace Baton.Cli.Mcp;

/// <summary>
/// What every tool, resource and prompt of one <c>baton mcp</c> server works with: the workspace's library and prompts,
/// and the privacy boundary every answer passes.
/// </summary>
internal sealed class McpSession(Workspace workspace, ContextLibrary library, PromptLimits limits, PrivacyBoundary boundary, Func<string, string?> variable, WorkspaceConfig config)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Workspace Workspace => workspace;

    public ContextLibrary Library => library;

    public PromptService Prompts { get; } = new(library, limits);

    public PrivacyBoundary Boundary => boundary;

    /// <summary>Handoffs with this workspace's templates, roles and review policies.</summary>
    public Handoffs.HandoffService Handoffs => new(library, config.Handoffs);

    /// <summary>A fresh boundary of the server's target (a pack keeps its own report of what it redacted and withheld).</summary>
    /// <summary>
    /// A fresh boundary for a pack built over MCP (a <c>BoundaryOpener</c>). It is always the server's target, whatever
    /// target the pack asks for: an assistant must not be able to pick a laxer one than the server was started with.
    /// </summary>
#pragma warning disable IDE0060 // the requested target is ignored on purpose (see above)
    public Task<PrivacyBoundary> OpenBoundaryAsync(string? target, CancellationToken cancellationToken) =>
        PrivacyBoundaries.OpenAsync(library.Store, config, variable, boundary.Target.Name, remember: true, cancellationToken: cancellationToken);
#pragma warning restore IDE0060

    public PromptLimits Limits => limits;

    public string Target => boundary.Target.Name;

    /// <summary>Passes a text inside a request's work (<see cref="SerializedAsync"/>), where the store is this request's alone.</summary>
    public PrivacyBoundary.Cleared Pass(string text) => boundary.Pass(text);

    /// <summary>
    /// Passes a text outside a request's work (an error's message): a pass may write a new pseudonym to the vault, on
    /// the same connection another request may be using, so it waits its turn.
    /// </summary>
    public Task<PrivacyBoundary.Cleared> PassAloneAsync(string text, CancellationToken cancellationToken) =>
        SerializedAsync(() => Task.FromResult(boundary.Pass(text)), cancellationToken);

    /// <summary>
    /// Runs one request's work alone. Clients may send requests concurrently and the SDK handles them concurrently,
    /// but the store holds one database connection, which serves one command at a time.
    /// </summary>
    public async Task<T> SerializedAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // One request is short: it shares git's answers (a pack's author and facts), the next asks again.
            using var git = GitProbeScope.Begin();
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Whether the target may see this item; one that may not is counted in the boundary's report, never shown.</summary>
    public bool Admit(Item item) => boundary.Admit(item.Id, item.Sensitivity);

    /// <summary>The item, or an error that says it is withheld when the target may not see it.</summary>
    public async Task<Item> AdmittedItemAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        var item = await library.GetAsync(idOrPrefix, cancellationToken);
        return Admit(item) ? item : throw BatonErrors.McpItemWithheld(item.Id, Target);
    }

    /// <summary>
    /// The source label of something an assistant writes: actor <c>ai</c>, the client's name as the tool and
    /// "name version" as the name (from the MCP handshake), the model and prompt it says, and git at the workspace.
    /// </summary>
    public async Task<SourceLabel> SourceAsync(Implementation? client, string? model, string? prompt, string? url, CancellationToken cancellationToken)
    {
        var tool = string.IsNullOrWhiteSpace(client?.Name) ? "mcp-client" : client.Name.Trim();
        var name = string.IsNullOrWhiteSpace(client?.Version) ? tool : $"{tool} {client.Version.Trim()}";
        var git = await GitProbe.ReadAsync(workspace.Root, cancellationToken);
        var overrides = new SourceOverrides { Actor = ActorKind.Ai, Name = name, Tool = tool, Model = model, PromptRef = prompt, Url = url };
        return SourceCapture.Build(overrides, variable, git, library.Now());
    }
}
