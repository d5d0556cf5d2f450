using System.Globalization;
using Baton.Library;

namespace Baton.Cli.Mcp;

/// <summary>How an item reads in an answer: every text passes the session's boundary, field by field.</summary>
internal static class ItemView
{
    public static Answer Summary(McpSession session, Item item) => new Answer()
        .Text("id", session.Pass(item.Id))
        .Text("kind", session.Pass(item.Kind.Name()))
        .Text("title", session.Pass(item.Title))
        .Texts("tags", item.Tags.Select(session.Pass))
        .Text("sensitivity", session.Pass(item.Sensitivity.Name()))
        .Number("revision", item.Revision)
        .Text("updatedAt", session.Pass(Time(item.UpdatedAt)))
        .Flag("archived", item.ArchivedAt is null ? null : true)
        .Text("source", session.Pass(item.Source.Summary()));

    public static Answer Source(McpSession session, SourceLabel source) => new Answer()
        .Text("actor", session.Pass(source.Actor.Name()))
        .Text("name", session.Pass(source.Name))
        .Text("tool", Optional(session, source.Tool))
        .Text("model", Optional(session, source.Model))
        .Text("prompt", Optional(session, source.PromptRef))
        .Text("repo", Optional(session, source.Repo))
        .Text("branch", Optional(session, source.Branch))
        .Text("commit", Optional(session, source.Commit))
        .Flag("dirty", source.Dirty)
        .Text("path", Optional(session, source.Path))
        .Text("lines", Optional(session, source.Lines?.ToString()))
        .Text("url", Optional(session, source.Url))
        .Text("at", session.Pass(Time(source.At)));

    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static Privacy.Boundaries.PrivacyBoundary.Cleared? Optional(McpSession session, string? text) => text is null ? null : session.Pass(text);
}
