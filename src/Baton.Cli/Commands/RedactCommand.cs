using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

/// <summary>
/// Passes a text through the privacy boundary of a target and prints what may reach it: for pasting into an AI tool
/// by hand. Placeholders come from the workspace's vault, so <c>baton restore</c> can put the values back.
/// </summary>
internal sealed class RedactCommand(CliEnvironment environment) : BatonCommand<RedactCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("The text to pass; '-' or nothing reads stdin")]
        public string? File { get; init; }

        [CommandOption("-t|--target <NAME>")]
        [Description("Where the text goes: external-ai (default), team, local, or one defined in baton.yaml (see `baton targets`)")]
        public string? Target { get; init; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Write the text to PATH instead of stdout")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        string text;
        string? path = null;
        if (settings.File is null || StdinArgument.Is(settings.File))
        {
            if (!Environment.InputRedirected && settings.File is null)
                throw BatonErrors.RedactNeedsInput();
            await using var input = Environment.OpenInput();
            text = await TextInput.ReadStreamAsync(input, "stdin", cancellationToken);
        }
        else
        {
            path = settings.File;
            text = await TextInput.ReadFileAsync(Path.Combine(Environment.CurrentDirectory, settings.File), cancellationToken);
        }

        await using var session = await OpenAsync(settings, cancellationToken);
        var boundary = await session.OpenBoundaryAsync(settings.Target, cancellationToken);
        var cleared = boundary.Pass(text, path);
        var report = boundary.Report();

        if (settings.Out is not null)
            await ClearedOutput.WriteFileAsync(Path.Combine(Environment.CurrentDirectory, settings.Out), cleared, cancellationToken);
        Output.Note(report.Rules.Count == 0
            ? $"Nothing to treat for '{report.Target}'"
            : $"For '{report.Target}': {string.Join(", ", report.Rules.Select(r => $"{r.Rule} {r.Count} ({r.Action})"))}");

        if (Output.Json)
            Output.WriteJson(new RedactJson(report.Target, settings.Out is null ? cleared.Text : null, settings.Out, [.. report.Rules.Select(r => new RuleTreatmentJson(r.Rule, r.Kind, r.Count, r.Action))]), CliJsonContext.Default.RedactJson);
        else if (settings.Out is null)
            ClearedOutput.Write(Environment.Out, cleared);
        return ExitCodes.Ok;
    }
}
