using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class SearchCommand(CliEnvironment environment) : BatonCommand<SearchCommand.Settings>(environment)
{
    internal sealed class Settings : PagedFilterSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("Words (all must match), \"a phrase\", prefix*, AND/OR/NOT, ( ), and title:/body:/tags: to search one field")]
        public string Query { get; init; } = "";

        [CommandOption("--exhaustive")]
        [Description("Rank every match, not only the newest 2,000 (slower when a query matches most of a large library)")]
        public bool Exhaustive { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var filter = settings.ToPagedFilter(session.Library.Now()) with { RankWindow = settings.Exhaustive ? null : ItemFilter.DefaultRankWindow };
        var hits = await session.Library.SearchAsync(settings.Query, filter, cancellationToken);
        if (hits.WindowFull)
            Output.Note($"more than {hits.RankWindow:N0} items match; these are the best of the {hits.RankWindow:N0} newest. Add words to narrow the query, or --exhaustive to rank them all.");
        var shortIds = await session.ShortIdsAsync(hits.Select(h => h.Item.Id), cancellationToken);
        if (Output.Json)
            Output.WriteJson<IReadOnlyList<SearchHitJson>>([.. hits.Select(h => JsonViews.Hit(h, shortIds[h.Item.Id]))], CliJsonContext.Default.IReadOnlyListSearchHitJson);
        else
            ItemRenderer.Hits(Output, hits, shortIds);
        return hits.Count == 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
