using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptLabelCommand(CliEnvironment environment) : BatonCommand<PromptLabelCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The prompt's name")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "<VERSION>")]
        [Description("The version the label points at")]
        public int Version { get; init; }

        [CommandArgument(2, "<LABEL>")]
        [Description("The label: 1–64 lower-case letters, digits and . _ - starting with a letter, e.g. production (latest is set by itself)")]
        public string Label { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        PromptNames.CheckSettableLabel(settings.Label);
        await using var session = await OpenAsync(settings, cancellationToken);
        var label = await new PromptService(session.Library).LabelAsync(settings.Name, settings.Version, settings.Label,
            await session.AuthorAsync(settings, cancellationToken), cancellationToken);

        if (Output.Json)
            Output.WriteJson(new PromptLabelJson(label.Name, label.Label, label.Version, label.PreviousVersion), CliJsonContext.Default.PromptLabelJson);
        else
            Output.Line($"{label.Name}: {label.Label} → version {label.Version}{label.PreviousVersion switch { null => "", var p when p == label.Version => " (unchanged)", var p => $" (was {p})" }}");
        return ExitCodes.Ok;
    }
}
