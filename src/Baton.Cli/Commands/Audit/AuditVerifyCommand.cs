using Baton.Cli.Infrastructure;
using Baton.Cli.Json;

namespace Baton.Cli.Commands.Audit;

/// <summary>Walks the event log's hash chain: exit 0 when intact, 1 naming the first broken event.</summary>
internal sealed class AuditVerifyCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var check = await session.Store.VerifyEventChainAsync(cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(new AuditCheckJson(check.Intact, check.Events, check.HeadSeq, check.HeadHash, check.BrokenAt, check.Problem), CliJsonContext.Default.AuditCheckJson);
            return check.Intact ? ExitCodes.Ok : ExitCodes.Failed;
        }

        if (!check.Intact)
            throw BatonErrors.AuditChainBroken(check.BrokenAt!.Value, check.Problem!);
        Output.Line($"intact: {check.Events} events, head {check.HeadSeq} {check.HeadHash}");
        Output.Note("keep the head hash somewhere else (a commit message, CI log) to notice if newer events are ever removed");
        return ExitCodes.Ok;
    }
}
