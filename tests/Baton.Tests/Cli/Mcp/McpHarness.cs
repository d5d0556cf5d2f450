using System.IO.Pipelines;
using System.Text.Json;
using Baton.Cli.Mcp;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Baton.Storage;
using Baton.Tests.TestSupport;
using Baton.Workspaces;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Baton.Tests.Cli.Mcp;

/// <summary>
/// A <c>baton mcp</c> server and the SDK's own client, connected in-process by two pipes, over a real workspace made
/// with the CLI. Everything a test reads through <see cref="Client"/> is what an assistant would read.
/// </summary>
internal sealed class McpHarness : IAsyncDisposable
{
    private readonly IBatonStore _store;
    private readonly McpSession _session;
    private readonly McpServer _server;
    private readonly Task _running;
    private readonly CancellationTokenSource _stop = new();

    private McpHarness(IBatonStore store, McpSession session, ContextLibrary library, McpServer server, McpClient client)
    {
        _store = store;
        _session = session;
        Library = library;
        _server = server;
        Client = client;
        _running = server.RunAsync(_stop.Token);
    }

    public McpClient Client { get; private set; }

    /// <summary>The same workspace, read directly (what was really written).</summary>
    public ContextLibrary Library { get; }

    public static async Task<McpHarness> StartAsync(string workspaceDirectory, PrivacyTarget? target = null, string clientName = "test-client", string clientVersion = "1.2.3")
    {
        var workspace = Workspace.At(workspaceDirectory);
        var config = WorkspaceConfig.Load(workspace.ConfigPath);
        var store = workspace.OpenStore();
        var library = new ContextLibrary(store, TimeProvider.System, config);
        // The vault's key goes where the CLI tests put it: a data folder of the test's own, never the real one.
        string? Variable(string name) => name == "XDG_DATA_HOME" ? Path.Combine(workspaceDirectory, ".xdg-data") : null;
        var boundary = await PrivacyBoundaries.OpenAsync(store, config, Variable, (target ?? PrivacyTargets.ExternalAi).Name,
            cancellationToken: TestContext.Current.CancellationToken);
        var session = new McpSession(workspace, library, PromptLimits.For(config), boundary, Variable, config);

        var toServer = new Pipe();
        var toClient = new Pipe();
        var server = BatonMcpServer.Create(session,
            new StreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream(), "baton", NullLoggerFactory.Instance),
            NullLoggerFactory.Instance);
        var harness = new McpHarness(store, session, library, server, null!);
        harness.Client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream(), NullLoggerFactory.Instance),
            new McpClientOptions { ClientInfo = new Implementation { Name = clientName, Version = clientVersion } },
            NullLoggerFactory.Instance,
            TestContext.Current.CancellationToken);
        return harness;
    }

    public async Task<CallToolResult> CallAsync(string tool, object? arguments = null)
    {
        var values = arguments is null
            ? new Dictionary<string, object?>()
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!;
        return await Client.CallToolAsync(tool, values, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Calls a tool that must succeed and parses its JSON answer.</summary>
    public async Task<JsonElement> CallOkAsync(string tool, object? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError != true, $"{tool} failed: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Calls a tool that must fail and returns its message.</summary>
    public async Task<string> CallErrorAsync(string tool, object? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError == true, $"{tool} should have failed but answered: {text}");
        return text;
    }

    public static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        await _server.DisposeAsync();
        await _store.DisposeAsync();
        _session.Dispose();
        _stop.Dispose();
    }
}
