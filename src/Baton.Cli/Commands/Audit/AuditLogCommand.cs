using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Audit;

/// <summary>The event log, or the events of one handoff: its state changes, reviews and dismissals.</summary>
internal sealed class AuditLogCommand(CliEnvironment environment) : BatonCommand<AuditLogCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--handoff <HANDOFF>")]
        [Description("Only the events of this handoff (H-12)")]
        public string? Handoff { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var subject = settings.Handoff is null ? null : (await session.Handoffs.GetAsync(settings.Handoff, cancellationToken)).Id;
        var events = await session.Store.GetEventsAsync(subject, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<EventJson>>([.. events.Select(e => new EventJson(e.Seq, e.At, e.Actor, e.Kind, e.Subject, e.Data))], CliJsonContext.Default.IReadOnlyListEventJson);
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var e in events)
                Output.Line(string.Join('\t', e.Seq, ItemRenderer.When(e.At), e.Actor, e.Kind, e.Subject, e.Data ?? ""));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("WHEN").AddColumn("WHO").AddColumn("EVENT").AddColumn("DATA");
        foreach (var e in events)
            table.AddRow(new Text(e.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(ItemRenderer.When(e.At)), new Text(e.Actor), new Text(e.Kind), new Text(e.Data ?? ""));
        Output.Console.Write(table);
        return ExitCodes.Ok;
    }
}
