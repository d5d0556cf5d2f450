using System.ComponentModel;
using Baton.Cli.Commands.Handoffs;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Reviews;

/// <summary>approve, request-changes, comment: one class, registered under each verdict.</summary>
internal sealed class ReviewCommand(CliEnvironment environment) : BatonCommand<ReviewCommand.Settings>(environment)
{
    internal sealed class Settings : HandoffRefSettings
    {
        [CommandOption("--on <ITEM|PATH:LINE>")]
        [Description("What the review is about: a library item (id or prefix) or lines of a file, e.g. src/Api.cs:42 or src/Api.cs:40-48")]
        public string? On { get; init; }

        [CommandOption("-m|--message <TEXT>")]
        [Description("What you say (required for comment)")]
        public string? Message { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var verdict = CommandName switch
        {
            "approve" => ReviewVerdict.Approve,
            "request-changes" => ReviewVerdict.RequestChanges,
            _ => ReviewVerdict.Comment,
        };
        await using var session = await OpenAsync(settings, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        var (review, handoff, counts) = await session.Handoffs.ReviewAsync(settings.Handoff, verdict, by, settings.Message, settings.On, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(new ReviewJson(review.Id, handoff.Ref, review.Verdict.Name(), JsonViews.Author(review.Reviewer), review.Body,
                review.On?.ToString(), review.Head, review.PackId, review.At, counts, handoff.State.Name()), CliJsonContext.Default.ReviewJson);
            return ExitCodes.Ok;
        }

        var what = verdict switch
        {
            ReviewVerdict.Approve => "approved",
            ReviewVerdict.RequestChanges => "requested changes on",
            _ => "commented on",
        };
        Output.Line($"{review.Reviewer} {what} {handoff.Ref}{(review.On is null ? "" : $" ({review.On})")}; it is {handoff.State.Name()}");
        if (!counts)
            Output.Note($"note: you wrote {handoff.Ref}, so your own approval is recorded but does not count toward review gates");
        else if (verdict == ReviewVerdict.Approve && session.Config.Handoffs.RolesOf(by.Name) is { Count: 0 } && session.Config.Handoffs.Policies.Count > 0)
            Output.Note($"note: {by.Name} has no role in baton.yaml (roles:), so this approval satisfies no review policy");
        return ExitCodes.Ok;
    }
}
