using System.ComponentModel;
using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--workspace <DIR>")]
    [Description("Use the workspace in DIR (or DIR/.baton) instead of searching upwards from the current folder")]
    public string? Workspace { get; init; }

    [CommandOption("--personal")]
    [Description("Use your personal library (in $XDG_DATA_HOME/baton) instead of the project workspace")]
    public bool Personal { get; init; }

    [CommandOption("--json")]
    [Description("Print machine-readable JSON on stdout (field names are stable; see docs/json.md)")]
    public bool Json { get; init; }

    [CommandOption("--verbose")]
    [Description("Show the full error, with its stack, when something fails")]
    public bool Verbose { get; init; }
}
