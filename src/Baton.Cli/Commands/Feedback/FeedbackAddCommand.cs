using System.ComponentModel;
using Baton.Cli.Commands.Handoffs;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Feedback;

internal sealed class FeedbackAddCommand(CliEnvironment environment) : BatonCommand<FeedbackAddCommand.Settings>(environment)
{
    internal sealed class Settings : HandoffRefSettings
    {
        [CommandOption("-b|--body <TEXT>")]
        [Description("The feedback (Markdown); \"-\" or piped stdin reads stdin")]
        public string? Body { get; init; }

        [CommandOption("-f|--file <PATH>")]
        [Description("Read the feedback from a UTF-8 file")]
        public string? File { get; init; }

        [CommandOption("--title <TITLE>")]
        [Description("A one-line title (default: \"Feedback on H-N: \" and the first line)")]
        public string? Title { get; init; }

        [CommandOption("--on <ITEM|PATH:LINE>")]
        [Description("What it is about: a library item (id or prefix) or lines of a file at the handoff's head commit, e.g. src/Api.cs:42")]
        public string? On { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var body = await BodyReader.ReadAsync(settings.Body, settings.File, Environment, pipedStdin: true, cancellationToken)
            ?? throw BatonErrors.EmptyBody();
        var source = await session.SourceAsync(settings, cancellationToken: cancellationToken);
        var (item, handoff) = await session.Handoffs.FeedbackAsync(settings.Handoff, body, settings.Title, settings.On, source, cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: true, await session.Store.GetLinksAsync(item.Id, cancellationToken)), CliJsonContext.Default.ItemJson);
            return ExitCodes.Ok;
        }

        var on = item.Source.Path is null ? "" : " on " + HandoffService.Reference(new ReviewTarget(null, item.Source.Path, item.Source.Lines), item.Source.Commit);
        Output.Line($"{shortId} feedback on {handoff.Ref}{on}: {item.Title}");
        return ExitCodes.Ok;
    }
}
