using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

/// <summary>Commands about one handoff: its reference, and who is acting.</summary>
internal class HandoffRefSettings : WriteSettings
{
    [CommandArgument(0, "<HANDOFF>")]
    [Description("The handoff: H-12 (or 12)")]
    public string Handoff { get; init; } = "";
}
