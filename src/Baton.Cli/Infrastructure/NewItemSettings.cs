using System.ComponentModel;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Options of commands that create an item: its tags and sensitivity.</summary>
internal class NewItemSettings : WriteSettings
{
    [CommandOption("-t|--tag <TAG>")]
    [Description("A tag (repeatable, or comma-separated)")]
    public string[] Tags { get; init; } = [];

    [CommandOption("-s|--sensitivity <LEVEL>")]
    [Description("public, internal (default), confidential or secret")]
    public string? Sensitivity { get; init; }

    /// <summary>The tags, checked and normalised.</summary>
    public IReadOnlyList<string> ParseTags() => Library.Tags.Normalize(Tags);

    public Sensitivity ParseSensitivity() => Sensitivity is null ? Library.Sensitivity.Internal : Sensitivities.Parse(Sensitivity);
}
