using System.Globalization;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Prompts;
using Spectre.Console;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptListCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var prompts = await new PromptService(session.Library).ListAsync(cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<PromptJson>>([.. prompts.Select(PromptJsonViews.Prompt)], CliJsonContext.Default.IReadOnlyListPromptJson);
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var p in prompts)
                Output.Line(string.Join('\t', p.Name, p.LatestVersion, Labels(p), p.Title, ItemRenderer.When(p.UpdatedAt)));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("NAME").AddColumn("LATEST").AddColumn("LABELS").AddColumn("TITLE").AddColumn("UPDATED");
        foreach (var p in prompts)
        {
            table.AddRow(new Text(p.Name, new Style(Color.Yellow)), new Text(p.LatestVersion.ToString(CultureInfo.InvariantCulture)),
                new Text(Labels(p), new Style(Color.Cyan)), new Text(p.Title), new Text(ItemRenderer.When(p.UpdatedAt)));
        }

        Output.Console.Write(table);
        Output.Note(prompts.Count == 0 ? "no prompts yet; add one with `baton prompt add NAME --file TEMPLATE.md`" : $"{prompts.Count} prompt{(prompts.Count == 1 ? "" : "s")}");
        return ExitCodes.Ok;
    }

    private static string Labels(PromptInfo prompt) => string.Join(",", prompt.Labels.Select(l => $"{l.Key}={l.Value}"));
}
