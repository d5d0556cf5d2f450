using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

internal sealed class HandoffShowCommand(CliEnvironment environment) : BatonCommand<HandoffShowCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<HANDOFF>")]
        [Description("The handoff: H-12 (or 12)")]
        public string Handoff { get; init; } = "";

        [CommandOption("--markdown")]
        [Description("Print Markdown for a pull-request description or an AI tool (every value escaped)")]
        public bool Markdown { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Json && Markdown ? Spectre.Console.ValidationResult.Error("give --json or --markdown, not both") : base.Validate();
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var handoff = await session.Handoffs.GetAsync(settings.Handoff, cancellationToken);
        if (Output.Json)
        {
            HandoffRenderer.Json(Output, HandoffDocument.ToJson(handoff));
            return ExitCodes.Ok;
        }

        var reviews = await session.Store.GetReviewsAsync(handoff.Id, cancellationToken);
        var feedback = await session.Store.GetFeedbackAsync(handoff.Id, cancellationToken);
        if (settings.Markdown)
        {
            Environment.Out.Write(HandoffMarkdown.Render(handoff, reviews, feedback));
            return ExitCodes.Ok;
        }

        HandoffRenderer.Show(Output, handoff, reviews, feedback, await session.Handoffs.GatesAsync(handoff, cancellationToken));
        return ExitCodes.Ok;
    }
}
