using Baton.Cli.Infrastructure;
using Baton.Cli.Json;

namespace Baton.Cli.Commands.Audit;

/// <summary>Walks the event log's hash chain: exit 0 when intact, 1 naming the first broken event.</summary>
internal sealed class AuditVerifyCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        return Report(Output, await session.Store.VerifyEventChainAsync(cancellationToken));
    }

    /// <summary>Prints what verifying found (also for <c>baton log --verify</c>) and gives the exit code.</summary>
    internal static int Report(Output output, Baton.Audit.ChainCheck check)
    {
        if (output.Json)
        {
            output.WriteJson(new AuditCheckJson(check.Intact, check.Events, check.HeadSeq, check.HeadHash, check.BrokenAt, check.Problem), CliJsonContext.Default.AuditCheckJson);
            return check.Intact ? ExitCodes.Ok : ExitCodes.Failed;
        }

        if (!check.Intact)
            throw BatonErrors.AuditChainBroken(check.BrokenAt!.Value, check.Problem!);
        output.Line($"intact: {check.Events} events, head {check.HeadSeq} {check.HeadHash}");
        output.Note("keep the head hash somewhere else (a commit message, CI log) to notice if newer events are ever removed");
        return ExitCodes.Ok;
    }
}
