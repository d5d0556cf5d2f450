using System.ComponentModel;
using Baton.Cli.Infrastructure;
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
        EventRenderer.Write(Output, events, withSubject: false);
        return ExitCodes.Ok;
    }
}
