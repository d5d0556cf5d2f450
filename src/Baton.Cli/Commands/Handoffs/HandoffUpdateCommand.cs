using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

internal sealed class HandoffUpdateCommand(CliEnvironment environment) : BatonCommand<HandoffUpdateCommand.Settings>(environment)
{
    internal sealed class Settings : HandoffRefSettings
    {
        [CommandOption("--head <REF>")]
        [Description("Point the handoff at a new head commit (dismisses standing approvals)")]
        public string? Head { get; init; }

        [CommandOption("--recapture")]
        [Description("Take repo, branch, head and dirty from the working tree again (a new head dismisses approvals)")]
        public bool Recapture { get; init; }

        [CommandOption("--pack <ID>")]
        [Description("Attach another pack (dismisses standing approvals)")]
        public string? Pack { get; init; }

        [CommandOption("--no-pack")]
        [Description("Detach the pack (dismisses standing approvals)")]
        public bool NoPack { get; init; }

        [CommandOption("--to <WHO>")]
        [Description("Address it to someone else")]
        public string? To { get; init; }

        [CommandOption("--due <DATE>")]
        [Description("A new due date, YYYY-MM-DD")]
        public string? Due { get; init; }

        [CommandOption("--item <ID>")]
        [Description("Attach a library item (repeatable)")]
        public string[] Items { get; init; } = [];

        [CommandOption("--label <LABEL>")]
        [Description("Add a label (repeatable)")]
        public string[] Labels { get; init; } = [];
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        var before = await session.Handoffs.GetAsync(settings.Handoff, cancellationToken);
        var standing = ReviewGate.StandingApprovers(before, await session.Store.GetReviewsAsync(before.Id, cancellationToken)).Count;
        var handoff = await session.Handoffs.UpdateAsync(settings.Handoff, new HandoffUpdate
        {
            Head = settings.Head,
            Recapture = settings.Recapture,
            Pack = settings.Pack,
            RemovePack = settings.NoPack,
            To = settings.To,
            Due = settings.Due,
            AddItems = settings.Items,
            AddLabels = settings.Labels,
        }, by, session.GitDirectory, cancellationToken);
        HandoffRenderer.Written(Output, handoff, $"updated {handoff.Ref} (revision {handoff.Revision})");
        if (standing > 0 && (handoff.Version.Head != before.Version.Head || handoff.PackId != before.PackId))
            Output.Note($"{standing} standing {(standing == 1 ? "approval was" : "approvals were")} dismissed: what was approved changed");
        return ExitCodes.Ok;
    }
}
