using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Packs;

internal sealed class PackListCommand(CliEnvironment environment) : BatonCommand<PackListCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--limit <N>")]
        [Description("Show at most N packs, newest first (default 20)")]
        public int Limit { get; init; } = 20;
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var packs = await session.Store.ListPacksAsync(Math.Max(1, settings.Limit), cancellationToken);
        var rows = new List<PackListJson>();
        foreach (var pack in packs)
            rows.Add(PackJsonViews.ListEntry(pack, await PackIds.ShortAsync(session.Store, pack.Id, cancellationToken)));

        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<PackListJson>>(rows, CliJsonContext.Default.IReadOnlyListPackListJson);
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var r in rows)
                Output.Line(string.Join('\t', r.ShortId, ItemRenderer.When(r.CreatedAt), r.Style, r.Encoding, r.Target, r.Files, r.Items, r.Tokens, r.Commit ?? ""));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "created", "style", "target", "files", "items", "tokens", "commit");
        foreach (var r in rows)
            table.AddRow(r.ShortId, ItemRenderer.When(r.CreatedAt), r.Style, r.Target, r.Files.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Items.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.Commit?[..Math.Min(10, r.Commit.Length)] ?? "");
        Output.Console.Write(table);
        return ExitCodes.Ok;
    }
}
