using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Privacy.Vault;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

/// <summary>
/// Puts the values behind pseudonyms (<c>&lt;EMAIL_3&gt;</c>) back into a text, typically an AI's answer to a pack,
/// for the owner of the workspace's vault. Redacted secrets were never stored and stay redacted.
/// </summary>
internal sealed class RestoreCommand(CliEnvironment environment) : BatonCommand<RestoreCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("The text to restore; '-' or nothing reads stdin")]
        public string? File { get; init; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Write the restored text to PATH (replaced only once it is complete) instead of stdout")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        string text;
        if (settings.File is null || StdinArgument.Is(settings.File))
        {
            if (!Environment.InputRedirected && settings.File is null)
                throw BatonErrors.RestoreNeedsInput();
            await using var input = Environment.OpenInput();
            text = await TextInput.ReadStreamAsync(input, "stdin", cancellationToken);
        }
        else
        {
            text = await TextInput.ReadFileAsync(Path.Combine(Environment.CurrentDirectory, settings.File), cancellationToken);
        }

        await using var session = await OpenAsync(settings, cancellationToken);
        var result = await session.RestoreAsync(text, cancellationToken);

        if (settings.Out is not null)
            await TextOutput.WriteAsync(Path.Combine(Environment.CurrentDirectory, settings.Out), result.Text, cancellationToken);
        if (result.Unknown.Count > 0)
            Environment.Error.Write($"baton: left {result.Unknown.Count} placeholder(s) this workspace's vault does not know: {string.Join(", ", result.Unknown)}\n");
        Output.Note($"Restored {result.Restored} placeholder(s){(settings.Out is null ? "" : $"; wrote {settings.Out}")}");

        if (Output.Json)
            Output.WriteJson(new RestoreJson(result.Restored, result.Unknown, settings.Out is null ? result.Text : null, settings.Out), CliJsonContext.Default.RestoreJson);
        else if (settings.Out is null)
            Environment.Out.Write(result.Text);
        return ExitCodes.Ok;
    }
}
