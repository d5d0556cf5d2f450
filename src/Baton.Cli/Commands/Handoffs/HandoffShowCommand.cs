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

        [CommandOption("--target <NAME>")]
        [Description("With --markdown: who receives it, external-ai (default), team or local; its privacy boundary redacts secrets and pseudonymises personal data")]
        public string? Target { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Json && Markdown ? Spectre.Console.ValidationResult.Error("give --json or --markdown, not both")
            : Target is not null && !Markdown ? Spectre.Console.ValidationResult.Error("--target goes with --markdown (plain show is for you, here)")
            : base.Validate();
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
            var boundary = await session.OpenBoundaryAsync(settings.Target, cancellationToken);
            var admitted = feedback.Where(f => boundary.Admit(f.Id, f.Sensitivity)).ToList();
            ClearedOutput.Write(Environment.Out, HandoffMarkdown.RenderFor(boundary, handoff, reviews, admitted));
            var report = boundary.Report();
            var notes = new List<string>();
            if (report.Rules.Count > 0)
                notes.Add(BoundaryNotes.Rules(report));
            if (report.Withheld.Count > 0)
                notes.Add(BoundaryNotes.Withheld(report, boundary.Target));
            if (notes.Count > 0)
                Output.Note($"For '{report.Target}': {string.Join("; ", notes)}");
            return ExitCodes.Ok;
        }

        HandoffRenderer.Show(Output, handoff, reviews, feedback, await session.Handoffs.GatesAsync(handoff, cancellationToken));
        return ExitCodes.Ok;
    }
}
