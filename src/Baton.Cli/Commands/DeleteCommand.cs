using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class DeleteCommand(CliEnvironment environment) : BatonCommand<DeleteCommand.Settings>(environment)
{
    internal sealed class Settings : IdSettings
    {
        [CommandOption("-y|--yes")]
        [Description("Do not ask; needed when not on a terminal")]
        public bool Yes { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var item = await session.Library.GetAsync(settings.Id, cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (!settings.Yes)
        {
            if (!Environment.Interactive)
                throw BatonErrors.ConfirmationRequired($"deleting {shortId}");
            if (!Environment.Confirm($"Delete {item.Kind.ToString().ToLowerInvariant()} {shortId} \"{item.Title}\" and its {item.Revision} revision(s) for good? (`baton archive` keeps it)"))
            {
                Output.Note("Nothing deleted.");
                return ExitCodes.Failed;
            }
        }

        await session.Library.DeleteAsync(item.Id, await session.AuthorAsync(settings, cancellationToken), cancellationToken);
        if (Output.Json)
            Output.WriteJson(new MessageJson("deleted", $"deleted {item.Title}", item.Id), CliJsonContext.Default.MessageJson);
        else
            Output.Line($"Deleted {shortId}: {item.Title} (recorded in `baton log`)");
        return ExitCodes.Ok;
    }
}
