namespace Baton.Cli.Json;

internal sealed record RevisionJson(int Revision, string Title, string Body, IReadOnlyList<string> Tags, string Sensitivity, AuthorJson Author, DateTimeOffset At);
