using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class ShowCommand(CliEnvironment environment) : BatonCommand<ShowCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The item's id or a unique prefix of it")]
        public string Id { get; init; } = "";

        [CommandOption("--revisions")]
        [Description("List every revision: number, time, author, title")]
        public bool Revisions { get; init; }

        [CommandOption("-r|--revision <N>")]
        [Description("Show revision N as it was")]
        public int? Revision { get; init; }

        [CommandOption("--body")]
        [Description("Print only the body (for piping into another tool)")]
        public bool BodyOnly { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var item = await session.Library.GetAsync(settings.Id, cancellationToken);
        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);

        if (settings.Revisions || settings.Revision is not null)
        {
            var revisions = await session.Library.RevisionsAsync(item.Id, cancellationToken);
            if (settings.Revision is { } number)
                revisions = [revisions.FirstOrDefault(r => r.Revision == number) ?? throw BatonErrors.RevisionNotStored(shortId, number, revisions.Select(r => r.Revision))];
            ShowRevisions(revisions, settings.Revision is not null);
            return ExitCodes.Ok;
        }

        if (settings.BodyOnly)
        {
            Output.Line(item.Body.TrimEnd('\n'));
            return ExitCodes.Ok;
        }

        var links = await session.Store.GetLinksAsync(item.Id, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: true, links), CliJsonContext.Default.ItemJson);
            return ExitCodes.Ok;
        }

        var linkShortIds = await session.ShortIdsAsync(links.SelectMany(l => new[] { l.From, l.To }), cancellationToken);
        ItemRenderer.Show(Output, item, shortId, links, linkShortIds);
        return ExitCodes.Ok;
    }

    private void ShowRevisions(IReadOnlyList<ItemRevision> revisions, bool withBody)
    {
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<RevisionJson>>([.. revisions.Select(JsonViews.Revision)], CliJsonContext.Default.IReadOnlyListRevisionJson);
            return;
        }

        if (withBody)
        {
            var r = revisions[0];
            Output.Line($"revision {r.Revision} ({ItemRenderer.When(r.At)} by {r.Author}): {r.Title}");
            Output.Line($"tags: {string.Join(", ", r.Tags)}  sensitivity: {r.Sensitivity.Name()}");
            Output.Line();
            Output.Line(r.Body.TrimEnd('\n'));
            return;
        }

        if (!Output.Rich)
        {
            foreach (var r in revisions)
                Output.Line(string.Join('\t', r.Revision, ItemRenderer.When(r.At), r.Author.ToString(), r.Title));
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("REV").AddColumn("WHEN").AddColumn("BY").AddColumn("TITLE");
        foreach (var r in revisions)
            table.AddRow(r.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ItemRenderer.When(r.At), r.Author.ToString(), r.Title);
        Output.Console.Write(table);
    }
}
