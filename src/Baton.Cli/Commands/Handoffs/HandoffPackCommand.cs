using System.ComponentModel;
using System.Diagnostics;
using Baton.Cli.Commands.Packs;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Handoffs;
using Baton.Packing;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

/// <summary>
/// <c>baton handoff pack H-3</c>: the receiver's pack — the handoff as Markdown first, its items, then the template's
/// default selection (or the options) — built through the target's boundary and attached to the handoff.
/// </summary>
internal sealed class HandoffPackCommand(CliEnvironment environment) : BatonCommand<HandoffPackCommand.Settings>(environment)
{
    internal sealed class Settings : HandoffRefSettings
    {
        [CommandArgument(1, "[PATHS]")]
        [Description("Files and folders to pack (default: the template's paths)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--diff <REF>")]
        [Description("Add the diff of REF against the working tree (default: the template's, e.g. main for dev-to-qa)")]
        public string? Diff { get; init; }

        [CommandOption("--no-diff")]
        [Description("Leave out the template's diff")]
        public bool NoDiff { get; init; }

        [CommandOption("--item <ID>")]
        [Description("Add a library item besides the handoff's own (repeatable)")]
        public string[] Items { get; init; } = [];

        [CommandOption("--query <QUERY>")]
        [Description("Add the library items matching a full-text search, and rank files by it")]
        public string? Query { get; init; }

        [CommandOption("--target <NAME>")]
        [Description("Who receives the pack: external-ai, team or local (default: the template's, else external-ai)")]
        public string? Target { get; init; }

        [CommandOption("--budget <TOKENS>")]
        [Description("Fit the pack into this many tokens (default: the template's); the handoff text must fit")]
        public long? Budget { get; init; }

        [CommandOption("--style <STYLE>")]
        [Description("markdown, xml or json (default: the template's, else markdown)")]
        public string? Style { get; init; }

        [CommandOption("--encoding <NAME>")]
        [Description("The tokenizer to count with: o200k_base (default) or cl100k_base")]
        public string Encoding { get; init; } = "o200k_base";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write the pack to FILE instead of stdout")]
        public string? Out { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            NoDiff && Diff is not null ? Spectre.Console.ValidationResult.Error("give --diff or --no-diff, not both") : base.Validate();
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Json && settings.Out is null)
            throw BatonErrors.PackJsonNeedsOut();

        await using var session = await OpenAsync(settings, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        var handoff = await session.Handoffs.GetAsync(settings.Handoff, cancellationToken);
        var selection = handoff.PackSelection ?? new PackSelection();
        var reviews = await session.Store.GetReviewsAsync(handoff.Id, cancellationToken);
        var feedback = await session.Store.GetFeedbackAsync(handoff.Id, cancellationToken);
        var target = settings.Target ?? selection.Target ?? Privacy.Boundaries.PrivacyTargets.DefaultName;
        // Feedback above the target's ceiling stays out of the handoff text (the pack's own boundary then passes the text).
        var ceiling = await session.OpenBoundaryAsync(target, cancellationToken);
        var admitted = feedback.Where(f => ceiling.Admit(f.Id, f.Sensitivity)).ToList();
        if (admitted.Count < feedback.Count)
            Output.Note(BoundaryNotes.Withheld(ceiling.Report(), ceiling.Target) + " (feedback left out of the handoff text)");
        // Each value passes the target's boundary before Markdown escaping could hide it from the detectors; the pack's
        // boundary then passes the whole text again. The pack id is left out: it is the id of the pack this one replaces.
        var text = HandoffMarkdown.RenderFor(ceiling, handoff with { PackId = null }, reviews, admitted).Text;
        if (ceiling.Report() is { Rules.Count: > 0 } found)
            Output.Note($"For '{found.Target}', in the handoff text: {BoundaryNotes.Rules(found)}");

        var fromOptions = settings.Paths.Length > 0;
        var spec = new PackSpec
        {
            BaseDirectory = fromOptions ? Environment.CurrentDirectory : session.GitDirectory,
            Paths = fromOptions ? settings.Paths : selection.Paths,
            Diff = settings.NoDiff ? null : settings.Diff ?? selection.Diff,
            Items = [.. handoff.Items, .. settings.Items],
            Query = settings.Query,
            Style = settings.Style ?? selection.Style ?? "markdown",
            Encoding = settings.Encoding,
            Target = target,
            Budget = settings.Budget ?? selection.Budget,
            Instructions = text,
            Out = settings.Out is null ? null : Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Out)),
        };

        var clock = Stopwatch.StartNew();
        var builder = new PackBuilder(session.Library, new PromptService(session.Library, PromptLimits.For(session.Config)), session.Store,
            session.OpenPackBoundaryAsync, session.Workspace.Root);
        using var output = settings.Out is null ? PackOutput.ToWriter(Environment.Out) : PackOutput.ToFile(spec.Out!);
        var result = await PackProgressView.RunAsync(Environment, settings.Json, progress => builder.BuildAsync(spec, output, by, record: true, progress, cancellationToken: cancellationToken));
        clock.Stop();

        var standing = ReviewGate.StandingApprovers(handoff, reviews).Count;
        var updated = await session.Handoffs.UpdateAsync(handoff.Ref, new HandoffUpdate { Pack = result.Manifest.Id }, by, session.GitDirectory, cancellationToken);
        var shortId = await PackIds.ShortAsync(session.Store, result.Manifest.Id, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(PackJsonViews.Summary(result, shortId, 0), CliJsonContext.Default.PackSummaryJson);
        }
        else
        {
            new PackReport(Environment).Summary(result, shortId, clock.Elapsed);
        }

        Output.Note($"attached pack {shortId} to {updated.Ref} (revision {updated.Revision})");
        if (standing > 0 && updated.PackId != handoff.PackId)
            Output.Note($"{standing} standing {(standing == 1 ? "approval was" : "approvals were")} dismissed: the attached pack changed");
        return ExitCodes.Ok;
    }
}
