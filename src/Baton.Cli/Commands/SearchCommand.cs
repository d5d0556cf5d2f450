using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class SearchCommand(CliEnvironment environment) : BatonCommand<SearchCommand.Settings>(environment)
{
    internal sealed class Settings : FilterSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("Words (all must match), \"a phrase\", prefix*, AND/OR/NOT, ( ), and title:/body:/tags: to search one field")]
        public string Query { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var hits = await session.Library.SearchAsync(settings.Query, settings.ToFilter(session.Library.Now()), cancellationToken);
        var shortIds = await session.ShortIdsAsync(hits.Select(h => h.Item.Id), cancellationToken);
        if (Output.Json)
            Output.WriteJson<IReadOnlyList<SearchHitJson>>([.. hits.Select(h => JsonViews.Hit(h, shortIds[h.Item.Id]))], CliJsonContext.Default.IReadOnlyListSearchHitJson);
        else
            ItemRenderer.Hits(Output, hits, shortIds);
        return hits.Count == 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
