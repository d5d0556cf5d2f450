using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Handoffs;
using Spectre.Console;

namespace Baton.Cli.Commands.Handoffs;

/// <summary>What waits for a person: handoffs addressed to them or their roles, approvals gates need from them, feedback on their handoffs.</summary>
internal sealed class InboxCommand(CliEnvironment environment) : BatonCommand<WriteSettings>(environment)
{
    protected override async Task<int> RunAsync(WriteSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var who = (await session.AuthorAsync(settings, cancellationToken)).Name;
        var entries = await session.Handoffs.InboxAsync(who, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<InboxEntryJson>>([.. entries.Select(e => new InboxEntryJson(e.Kind, e.Handoff.Ref, e.Handoff.State.Name(), e.Handoff.Title, e.Why, e.References))],
                CliJsonContext.Default.IReadOnlyListInboxEntryJson);
            return ExitCodes.Ok;
        }

        if (entries.Count == 0)
        {
            Output.Note($"nothing waits for {who}{(session.Config.Handoffs.RolesOf(who) is { Count: > 0 } roles ? $" (roles: {string.Join(", ", roles)})" : "")}");
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var e in entries)
                Output.Line(string.Join('\t', e.Handoff.Ref, e.Kind, e.Handoff.State.Name(), Clean(e.Handoff.Title), Clean(e.Why), string.Join(' ', e.References)));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("REF").AddColumn("WHAT").AddColumn("STATE").AddColumn("TITLE").AddColumn("WHY").AddColumn("REFERENCES");
        foreach (var e in entries)
            table.AddRow(new Text(e.Handoff.Ref), new Text(e.Kind), new Text(e.Handoff.State.Name()), new Text(e.Handoff.Title), new Text(Clean(e.Why)), new Text(string.Join("\n", e.References)));
        Output.Console.Write(table);
        return ExitCodes.Ok;
    }

    private static string Clean(string text) => new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
}
