using Baton.Cli.Infrastructure;
using Baton.Cli.Json;

namespace Baton.Cli.Commands;

internal sealed class ListCommand(CliEnvironment environment) : BatonCommand<PagedFilterSettings>(environment)
{
    protected override async Task<int> RunAsync(PagedFilterSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var items = await session.Library.ListAsync(settings.ToPagedFilter(session.Library.Now()), cancellationToken);
        var shortIds = await session.ShortIdsAsync(items.Select(i => i.Id), cancellationToken);
        if (Output.Json)
            Output.WriteJson<IReadOnlyList<ItemJson>>([.. items.Select(i => JsonViews.Item(i, shortIds[i.Id], withBody: false))], CliJsonContext.Default.IReadOnlyListItemJson);
        else
            ItemRenderer.List(Output, items, shortIds);
        return ExitCodes.Ok;
    }
}
