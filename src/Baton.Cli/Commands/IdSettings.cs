using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

/// <summary>Settings of commands that act on one item and record who did it.</summary>
internal class IdSettings : WriteSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The item's id or a unique prefix of it")]
    public string Id { get; init; } = "";
}
