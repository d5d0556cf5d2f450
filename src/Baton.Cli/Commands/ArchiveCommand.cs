using Baton.Cli.Infrastructure;
using Baton.Cli.Json;

namespace Baton.Cli.Commands;

/// <summary><c>baton archive ID</c>; <see cref="UnarchiveCommand"/> is the same with the flag turned over.</summary>
internal class ArchiveCommand(CliEnvironment environment) : BatonCommand<IdSettings>(environment)
{
    protected virtual bool Archive => true;

    protected override async Task<int> RunAsync(IdSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var item = await session.Library.ArchiveAsync(settings.Id, Archive, await session.AuthorAsync(settings, cancellationToken), cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (Output.Json)
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: false), CliJsonContext.Default.ItemJson);
        else if (Archive)
            Output.Line($"Archived {shortId}: {item.Title} (`baton unarchive {shortId}` brings it back)");
        else
            Output.Line($"Unarchived {shortId}: {item.Title}");
        return ExitCodes.Ok;
    }
}
