using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

/// <summary>open, accept, start, deliver, done, block, cancel, reopen: one class, registered under each verb.</summary>
internal sealed class HandoffTransitionCommand(CliEnvironment environment) : BatonCommand<HandoffTransitionCommand.Settings>(environment)
{
    internal sealed class Settings : HandoffRefSettings
    {
        [CommandOption("-m|--reason <TEXT>")]
        [Description("Why (kept in the audit log), e.g. what blocks it")]
        public string? Reason { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        var handoff = await session.Handoffs.TransitionAsync(settings.Handoff, CommandName, by, settings.Reason, cancellationToken);
        HandoffRenderer.Written(Output, handoff, $"{handoff.Ref} is now {handoff.State.Name()}");
        return ExitCodes.Ok;
    }
}
