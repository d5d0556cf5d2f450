using Baton.Library;
using Baton.Packing;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary>
/// <c>build_pack</c>: a context pack built like <c>baton pack</c> through a fresh boundary of the server's target, recorded
/// (so a handoff can point at it), and answered with its summary and its text a page at a time, or written to a file in
/// the workspace. The text answered passed the server's boundary whole before it was cut.
/// </summary>
internal sealed class BuildPackTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "build_pack";

    protected override string Title => "Build a context pack";

    protected override string Description =>
        "Build a context pack: files and folders of this project, library items (ids or a full-text query) and optionally a git " +
        "diff, in one Markdown, XML or JSON document with exact token counts, fitted into a token budget (named items first, then " +
        "the diff, then the files most relevant to the query, then the rest; what does not fit is truncated or dropped and " +
        $"listed). Returns the pack's id and summary, and its text a page at a time (default {TextPage.DefaultChars} characters; " +
        "call again with pack_id and offset=nextOffset for the next part) — or, with out, writes it to that file in the project " +
        "and returns only the summary. Secrets appear as [REDACTED:rule], personal data as placeholders; withheld items are counted.";

    protected override bool ReadOnly => false;

    protected override string? NotFoundHint => "search finds item ids; paths are relative to the project's root";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.List("paths", "Files and folders relative to the project root (default: the whole project, unless items, query or diff say what to pack)"),
        ToolParameter.List("items", "Library item ids (or prefixes) to include first"),
        ToolParameter.Text("query", "A full-text search: matching library items are added and files are ranked by it"),
        ToolParameter.Text("diff", "A git ref (main) or A..B: its diff and the files it changes come first"),
        ToolParameter.Number("budget", "Fit the pack into this many tokens", 100, 2_000_000),
        ToolParameter.Text("style", "markdown (default), xml or json"),
        ToolParameter.Text("out", "Write the pack to this file (relative to the project root) instead of answering with its text"),
        ToolParameter.Text("pack_id", "Read more of a pack built earlier in this session instead of building one (with offset)"),
        ToolParameter.Number("offset", "Where in the pack's text to start, in characters: the nextOffset of the previous part", 0, int.MaxValue),
        ToolParameter.Number("max_chars", $"The most characters of pack text to return (default {TextPage.DefaultChars})", 1_000, TextPage.MaxChars),
    ];

    private const int MaxKept = 4;

    /// <summary>Texts of the last few packs built in this session, by id, so their later parts are read without building again.</summary>
    private readonly Dictionary<string, string> _built = new(StringComparer.Ordinal);

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var offset = arguments.Number("offset") ?? 0;
        var maxChars = arguments.Number("max_chars") ?? TextPage.DefaultChars;
        if (arguments.Text("pack_id") is { } packId)
        {
            var key = _built.Keys.FirstOrDefault(k => k.StartsWith(packId.Trim().ToLowerInvariant(), StringComparison.Ordinal))
                ?? throw BatonErrors.McpPackNotInSession(packId);
            var again = TextPage.Of(Session.Boundary, Session.Pass(_built[key]), offset, maxChars, $"pack {key}");
            return again.Into(new Answer().Text("id", Session.Pass(key)), "text", Session.Boundary, $"call build_pack with pack_id={key} and");
        }

        var root = Session.Workspace.Root;
        string? outPath = null;
        if (arguments.Text("out") is { } given)
        {
            outPath = Path.GetFullPath(Path.Combine(root, given));
            var inside = Path.GetRelativePath(root, outPath);
            if (inside.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inside))
                throw BatonErrors.McpPackOutOutside(given);
            Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        }

        var spec = new PackSpec
        {
            BaseDirectory = root,
            Paths = arguments.List("paths"),
            Items = arguments.List("items"),
            Query = arguments.Text("query"),
            Diff = arguments.Text("diff"),
            Budget = arguments.Number("budget"),
            Style = arguments.Text("style") ?? "markdown",
            Target = Session.Target,
            Out = outPath,
        };

        var source = await Session.SourceAsync(server.ClientInfo, null, null, null, cancellationToken);
        var builder = new PackBuilder(Session.Library, Session.Prompts, Session.Library.Store, Session.OpenBoundaryAsync, root);
        using var writer = new StringWriter();
        PackResult result;
        using (var output = outPath is null ? PackOutput.ToWriter(writer) : PackOutput.ToFile(outPath))
            result = await builder.BuildAsync(spec, output, RevisionAuthor.From(source), record: true, cancellationToken: cancellationToken);

        var m = result.Manifest;
        var answer = new Answer()
            .Text("id", Session.Pass(m.Id))
            .Text("style", Session.Pass(m.Style))
            .Text("target", Session.Pass(m.Target))
            .Number("tokens", m.OutputTokens)
            .Number("files", m.Files.Count(f => f.Status is "included" or "truncated"))
            .Number("filesTruncated", m.Files.Count(f => f.Status == "truncated") is var t and > 0 ? t : null)
            .Number("filesDropped", m.Files.Count(f => f.Status == "dropped") is var d and > 0 ? d : null)
            .Number("items", m.Items.Count(i => i.Status is "included" or "truncated"))
            .Number("redactions", m.Boundary.TotalFindings == 0 ? null : m.Boundary.TotalFindings)
            .Number("withheld", m.Boundary.Withheld.Count == 0 ? null : m.Boundary.Withheld.Count);
        if (outPath is not null)
            return answer.Text("out", Session.Pass(Path.GetRelativePath(root, outPath))).Text("note", Session.Pass($"wrote pack {m.Id} to {Path.GetRelativePath(root, outPath)}"));

        var text = writer.ToString();
        if (_built.Count >= MaxKept)
            _built.Remove(_built.Keys.First());
        _built[m.Id] = text;
        var page = TextPage.Of(Session.Boundary, Session.Pass(text), offset, maxChars, $"pack {m.Id}");
        return page.Into(answer, "text", Session.Boundary, $"call build_pack with pack_id={m.Id} and");
    }
}
