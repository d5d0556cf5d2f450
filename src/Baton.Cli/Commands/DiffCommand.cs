using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Library;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class DiffCommand(CliEnvironment environment) : BatonCommand<DiffCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The item's id or a unique prefix of it")]
        public string Id { get; init; } = "";

        [CommandArgument(1, "[FROM]")]
        [Description("The older revision (default: the one before TO)")]
        public int? From { get; init; }

        [CommandArgument(2, "[TO]")]
        [Description("The newer revision (default: the current one)")]
        public int? To { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var item = await session.Library.GetAsync(settings.Id, cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        var revisions = await session.Library.RevisionsAsync(item.Id, cancellationToken);
        var to = settings.To ?? item.Revision;
        // The stored revision before TO: an imported item's history may not start at 1.
        var from = settings.From ?? revisions.LastOrDefault(r => r.Revision < to)?.Revision ?? to;
        ItemRevision Find(int n) => revisions.FirstOrDefault(r => r.Revision == n) ?? throw BatonErrors.RevisionNotStored(shortId, n, revisions.Select(r => r.Revision));
        var diff = RevisionDiff.Unified(shortId, Find(from), Find(to));
        if (Output.Json)
        {
            Output.WriteJson(new Json.DiffJson(item.Id, from, to, diff), Json.CliJsonContext.Default.DiffJson);
            return ExitCodes.Ok;
        }

        foreach (var line in diff.TrimEnd('\n').Split('\n'))
        {
            var style = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? new Style(decoration: Decoration.Bold)
                : line.StartsWith('+') ? new Style(Color.Green)
                : line.StartsWith('-') ? new Style(Color.Red)
                : line.StartsWith("@@", StringComparison.Ordinal) ? new Style(Color.Cyan)
                : Style.Plain;
            Output.Console.Write(new Text(line + "\n", style));
        }

        return ExitCodes.Ok;
    }
}
