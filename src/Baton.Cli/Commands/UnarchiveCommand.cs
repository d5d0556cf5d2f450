using Baton.Cli.Infrastructure;
using Baton.Cli.Json;

namespace Baton.Cli.Commands;

internal sealed class UnarchiveCommand(CliEnvironment environment) : BatonCommand<IdSettings>(environment)
{
    protected override async Task<int> RunAsync(IdSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var item = await session.Library.ArchiveAsync(settings.Id, archived: false, await session.AuthorAsync(settings, cancellationToken), cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (Output.Json)
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: false), CliJsonContext.Default.ItemJson);
        else
            Output.Line($"Unarchived {shortId}: {item.Title}");
        return ExitCodes.Ok;
    }
}
