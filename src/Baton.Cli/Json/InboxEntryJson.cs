namespace Baton.Cli.Json;

/// <summary>One line of <c>baton inbox --json</c>.</summary>
internal sealed record InboxEntryJson(string Kind, string Handoff, string State, string Title, string Why, IReadOnlyList<string> References);
