using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class LogCommand(CliEnvironment environment) : BatonCommand<LogCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[ID]")]
        [Description("Only the events of this item (id or prefix; deleted items by full id) or handoff (H-12)")]
        public string? Id { get; init; }

        [CommandOption("--verify")]
        [Description("Check the log's hash chain instead: exit 0 when intact, 1 naming the first broken event (as `baton audit verify`)")]
        public bool Verify { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        if (settings.Verify)
            return Audit.AuditVerifyCommand.Report(Output, await session.Store.VerifyEventChainAsync(cancellationToken));
        string? subject = null;
        if (settings.Id is not null && Baton.Handoffs.HandoffRefs.LooksLikeOne(settings.Id))
        {
            subject = (await session.Handoffs.GetAsync(settings.Id, cancellationToken)).Id;
        }
        else if (settings.Id is not null)
        {
            try
            {
                subject = await session.Library.ResolveAsync(settings.Id, cancellationToken);
            }
            catch (BatonException e) when (e.Kind == ErrorKind.NotFound)
            {
                // A deleted item lives on only in the log, under its full id.
                subject = Library.ItemIds.NormalizePrefix(settings.Id);
                if (subject.Length != Library.ItemIds.Length)
                    throw BatonErrors.DeletedItemNeedsFullId(settings.Id);
            }
        }

        var events = await session.Store.GetEventsAsync(subject, cancellationToken);
        EventRenderer.Write(Output, events, withSubject: true);
        return ExitCodes.Ok;
    }
}
