using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

/// <summary>Settings of commands that read one version of a prompt: by number, by label, or the latest.</summary>
internal class PromptSelectionSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The prompt's name")]
    public string Name { get; init; } = "";

    [CommandOption("--version <N>")]
    [Description("Use version N (default: the latest)")]
    public int? Version { get; init; }

    [CommandOption("-l|--label <LABEL>")]
    [Description("Use the version LABEL points at, e.g. production (latest: the newest)")]
    public string? Label { get; init; }
}
