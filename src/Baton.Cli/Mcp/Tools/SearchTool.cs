using Baton.Cli.Infrastructure;
using Baton.Library;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary>
/// <c>search</c>: full-text search of the library, best match first, a page at a time. Each result shows an excerpt
/// of the item's body taken from the body after it passed the boundary (the store's own excerpt could cut a secret in
/// two, and half a token is no longer recognisable), and items above the target's ceiling are only counted.
/// </summary>
internal sealed class SearchTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    private const int ExcerptChars = 320;

    /// <summary>Prompt templates are found with list_prompts; search finds them only when asked for kind prompt.</summary>
    private static readonly ItemKind[] WithoutPrompts = [.. Enum.GetValues<ItemKind>().Where(k => k != ItemKind.Prompt)];

    public override string Name => "search";

    protected override string Title => "Search the context library";

    protected override string Description =>
        "Search this project's context library (notes, decisions, docs, snippets, prompts written by people and AI tools) before you " +
        "decide or change something, to find prior decisions, rationale and constraints. Results are best first, a page at a " +
        "time (limit, offset; nextOffset says where the next page starts); each has id, kind, title, tags, source label and an " +
        "excerpt. Read a whole item with get_item. Query syntax: words (all must match), \"a phrase\", prefix*, AND/OR/NOT, " +
        "( ), and title:/body:/tags: for one field. Secrets in results appear as [REDACTED:rule], personal data as <EMAIL_1>-style " +
        "placeholders, and items this client may not see are left out and only counted.";

    protected override bool ReadOnly => true;

    protected override string? NotFoundHint => "search with other words, or with fewer filters";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("query", "What to look for, e.g. retry policy, \"rate limit\", auth* AND token, title:migration", required: true),
        ToolParameter.List("kind", "Only these kinds: note, decision, doc, snippet, prompt (default: all but prompt; list_prompts lists prompts)"),
        ToolParameter.List("tags", "Only items with all of these tags"),
        ToolParameter.Text("actor", "Only items produced by: human, ai or automation"),
        ToolParameter.Text("source_tool", "Only items produced with this tool, e.g. claude-code"),
        ToolParameter.Text("since", "Only items changed since a date (2026-11-01) or an age (12h, 7d, 4w)"),
        ToolParameter.Number("limit", $"Results per page (default {DefaultLimit})", 1, MaxLimit),
        ToolParameter.Number("offset", "How many results to skip: the nextOffset of the previous page (default 0)", 0, 100_000),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var query = arguments.Text("query")!;
        var limit = arguments.Number("limit") ?? DefaultLimit;
        var offset = arguments.Number("offset") ?? 0;
        var library = Session.Library;
        var filter = new ItemFilter
        {
            Kinds = arguments.List("kind") is { Count: > 0 } kinds ? [.. kinds.Select(ItemKinds.Parse)] : WithoutPrompts,
            Tags = Tags.Normalize(arguments.List("tags")),
            Actor = arguments.Text("actor") is { } actor ? ActorKinds.Parse(actor) : null,
            SourceTool = arguments.Text("source_tool"),
            Since = arguments.Text("since") is { } since ? FilterSettings.ParseSince(since, library.Now()) : null,
            Limit = limit + 1,
            Offset = offset,
        };

        var hits = await library.SearchAsync(query, filter, cancellationToken);
        var results = new List<Answer>();
        var withheld = 0;
        foreach (var (hit, index) in hits.Take(limit).Select((h, i) => (h, i)))
        {
            if (!Session.Admit(hit.Item))
            {
                withheld++;
                continue;
            }

            results.Add(ItemView.Summary(Session, hit.Item)
                .Text("excerpt", Session.Pass(Excerpt(Session.Pass(hit.Item.Body).Text, query)))
                .Number("rank", offset + index + 1));
        }

        var answer = new Answer()
            .Objects("results", results)
            .Number("offset", offset)
            .Number("nextOffset", hits.Count > limit ? offset + limit : null)
            .Number("withheld", withheld == 0 ? null : withheld);
        var notes = new List<string>();
        if (withheld > 0)
            notes.Add($"{withheld} {(withheld == 1 ? "result" : "results")} withheld by the {Session.Target} boundary");
        if (hits.Count > limit)
            notes.Add($"more results: call search again with offset={offset + limit}");
        if (hits.Count == 0)
            notes.Add(offset == 0 ? "no matches; try fewer or other words, a prefix (retr*), or fewer filters" : "no more results");
        return notes.Count == 0 ? answer : answer.Text("note", Session.Pass(string.Join("; ", notes)));
    }

    /// <summary>About <see cref="ExcerptChars"/> characters of the cleared body around the first query word found in it, else its start.</summary>
    internal static string Excerpt(string body, string query)
    {
        var words = Words(query);
        var at = words.Select(w => body.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - ExcerptChars / 4);
        if (start > 0)
        {
            var space = body.IndexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }

        var end = Math.Min(body.Length, start + ExcerptChars);
        if (end < body.Length)
        {
            var space = body.LastIndexOf(' ', end - 1, end - start);
            end = space > at ? space : end;
        }

        if (end < body.Length && char.IsHighSurrogate(body[end - 1]))
            end--;
        if (start > 0 && char.IsLowSurrogate(body[start]))
            start--;
        var text = string.Join(' ', body[start..end].Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        return (start > 0 ? "…" : "") + text + (end < body.Length ? "…" : "");
    }

    private static List<string> Words(string query)
    {
        var words = new List<string>();
        foreach (var part in query.Split([' ', '"', '(', ')', '*', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "AND" or "OR" or "NOT" or "title" or "body" or "tags" || part.Length < 2)
                continue;
            words.Add(part);
        }

        return words;
    }
}
