using System.ComponentModel;
using System.Globalization;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Prompts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptVersionsCommand(CliEnvironment environment) : BatonCommand<PromptVersionsCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The prompt's name")]
        public string Name { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var (_, versions) = await new PromptService(session.Library).VersionsAsync(settings.Name, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<PromptVersionJson>>([.. versions.Select(PromptJsonViews.Version)], CliJsonContext.Default.IReadOnlyListPromptVersionJson);
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var v in versions)
                Output.Line(string.Join('\t', v.Version, ItemRenderer.When(v.At), v.Author.ToString(), string.Join(',', v.Labels), v.Title));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("VERSION").AddColumn("WHEN").AddColumn("BY").AddColumn("LABELS").AddColumn("TITLE");
        foreach (var v in versions)
        {
            table.AddRow(new Text(v.Version.ToString(CultureInfo.InvariantCulture)), new Text(ItemRenderer.When(v.At)), new Text(v.Author.ToString()),
                new Text(string.Join(", ", v.Labels), new Style(Color.Cyan)), new Text(v.Title));
        }

        Output.Console.Write(table);
        return ExitCodes.Ok;
    }
}
