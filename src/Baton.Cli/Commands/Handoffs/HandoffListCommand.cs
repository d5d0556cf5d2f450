using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

internal sealed class HandoffListCommand(CliEnvironment environment) : BatonCommand<HandoffListCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--state <STATE>")]
        [Description("Only handoffs in this state (repeatable): draft, open, accepted, in_progress, delivered, done, changes_requested, blocked, cancelled")]
        public string[] States { get; init; } = [];

        [CommandOption("--to <WHO>")]
        [Description("Only handoffs addressed to this person, role or tool")]
        public string? To { get; init; }

        [CommandOption("-n|--limit <N>")]
        [Description("At most N handoffs, newest first (default 100)")]
        public int Limit { get; init; } = 100;

        public override Spectre.Console.ValidationResult Validate() =>
            Limit < 1 ? Spectre.Console.ValidationResult.Error("--limit must be at least 1") : base.Validate();
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var states = settings.States.Select(HandoffStates.Parse).ToList();
        await using var session = await OpenAsync(settings, cancellationToken);
        var handoffs = await session.Store.ListHandoffsAsync(new HandoffFilter(states, settings.To?.Trim(), settings.Limit), cancellationToken);
        HandoffRenderer.List(Output, handoffs);
        if (handoffs.Count == 0)
            Output.Note("no handoffs match; `baton handoff create --template dev-to-qa …` makes one");
        return ExitCodes.Ok;
    }
}
