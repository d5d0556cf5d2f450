using Baton.Library;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>get_item</c>: one item with its body (a window of it when long), source label, revision count and links.</summary>
internal sealed class GetItemTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    /// <summary>The most links one answer lists; an item linked from everywhere must not make a huge answer.</summary>
    public const int MaxLinks = 50;

    public override string Name => "get_item";

    protected override string Title => "Read a library item";

    protected override string Description =>
        "Read one item of the context library by id (or a unique prefix of at least 4 characters, as search returns): title, body, " +
        "tags, sensitivity, its source label (who or what wrote it: person or AI tool, model, prompt, repo, branch, commit, path), " +
        "how many revisions it has, and its links to other items. A long body comes in parts: when the answer says " +
        $"truncated, call again with offset=nextOffset (max_chars sets the part's size, default {TextPage.DefaultChars}). Secrets " +
        "appear as [REDACTED:rule], personal data as <EMAIL_1>-style placeholders.";

    protected override bool ReadOnly => true;

    protected override string? NotFoundHint => "search first with the search tool to find item ids";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("id", "The item's id, or a unique prefix of it (at least 4 characters)", required: true),
        ToolParameter.Number("offset", "Where in the body to start, in characters: the nextOffset of the previous part (default 0)", 0, int.MaxValue),
        ToolParameter.Number("max_chars", $"The most body characters to return (default {TextPage.DefaultChars})", 1_000, TextPage.MaxChars),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var item = await Session.AdmittedItemAsync(arguments.Text("id")!, cancellationToken);
        var body = TextPage.Of(Session.Boundary, Session.Pass(item.Body), arguments.Number("offset") ?? 0,
            arguments.Number("max_chars") ?? TextPage.DefaultChars, $"item {item.Id}'s body");
        var revisions = await Session.Library.Store.GetRevisionsAsync(item.Id, cancellationToken);
        var links = await Session.Library.Store.GetLinksAsync(item.Id, cancellationToken);

        var shown = new List<Answer>();
        var withheld = 0;
        foreach (var link in links.Take(MaxLinks))
        {
            var outgoing = link.From == item.Id;
            var other = await Session.Library.Store.FindItemAsync(outgoing ? link.To : link.From, cancellationToken);
            if (other is null || !Session.Admit(other))
            {
                withheld++;
                continue;
            }

            shown.Add(new Answer()
                .Text("direction", Session.Pass(outgoing ? "out" : "in"))
                .Text("type", Session.Pass(link.Type))
                .Text("id", Session.Pass(other.Id))
                .Text("title", Session.Pass(other.Title)));
        }

        var answer = ItemView.Summary(Session, item)
            .Object("source", ItemView.Source(Session, item.Source))
            .Text("createdAt", Session.Pass(ItemView.Time(item.CreatedAt)))
            .Number("revisions", revisions.Count)
            .Objects("links", shown)
            .Number("linksWithheld", withheld == 0 ? null : withheld)
            .Number("linksNotShown", links.Count > MaxLinks ? links.Count - MaxLinks : null);
        if (item.Anchor is { } anchor)
        {
            answer.Object("anchor", new Answer()
                .Text("path", Session.Pass(anchor.Path))
                .Text("lines", Session.Pass(anchor.Lines.ToString()))
                .Text("commit", anchor.Commit is null ? null : Session.Pass(anchor.Commit))
                .Text("language", anchor.Language is null ? null : Session.Pass(anchor.Language)));
        }

        return body.Into(answer, "body", Session.Boundary, $"call get_item with id={item.Id} and");
    }
}
