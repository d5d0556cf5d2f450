using Baton.Library;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary>
/// What <c>save_note</c> and <c>save_decision</c> share: a new item written through the library like <c>baton add</c>
/// (checked, one transaction with its event), labelled as written by AI with the client's name and version from the
/// MCP handshake. Saving never changes or removes anything already there.
/// </summary>
internal abstract class SaveItemTool(McpSession session, ILogger logger, ItemKind kind) : BatonTool(session, logger)
{
    protected override bool ReadOnly => false;

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("title", "A one-line title a teammate would search for (at most 300 characters)", required: true),
        ToolParameter.Text("body", "The content, in Markdown", required: true),
        ToolParameter.List("tags", "Tags, e.g. [\"payments\", \"retry\"]"),
        ToolParameter.Text("model", "The model you are, e.g. claude-opus-4 (recorded in the source label)"),
        ToolParameter.Text("prompt", "The prompt that led to this, e.g. a library prompt name@version"),
        ToolParameter.Text("url", "Where this came from: an issue, pull request or chat URL"),
        ToolParameter.Text("sensitivity", "public or internal (default internal); confidential and secret items are not shown back to you"),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var source = await Session.SourceAsync(server.ClientInfo, arguments.Text("model"), arguments.Text("prompt"), arguments.Text("url"), cancellationToken);
        var item = await Session.Library.AddAsync(new NewItem
        {
            Kind = kind,
            Title = arguments.Text("title")!,
            Body = arguments.Text("body")!,
            Tags = arguments.List("tags"),
            Sensitivity = arguments.Text("sensitivity") is { } s ? Sensitivities.Parse(s) : Sensitivity.Internal,
            Source = source,
        }, cancellationToken);

        return new Answer()
            .Text("id", Session.Pass(item.Id))
            .Text("kind", Session.Pass(kind.Name()))
            .Text("title", Session.Admit(item) ? Session.Pass(item.Title) : null)
            .Text("source", Session.Pass(item.Source.Summary()))
            .Text("note", Session.Pass($"saved {kind.Name()} {item.Id}; get_item with this id reads it back, and teammates find it with baton search"));
    }
}
