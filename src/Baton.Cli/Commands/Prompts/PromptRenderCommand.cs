using System.ComponentModel;
using System.Text;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptRenderCommand(CliEnvironment environment) : BatonCommand<PromptRenderCommand.Settings>(environment)
{
    internal sealed class Settings : PromptSelectionSettings
    {
        [CommandOption("--var <NAME=VALUE>")]
        [Description("A variable's value (repeatable); wins over --var-file")]
        public string[] Vars { get; init; } = [];

        [CommandOption("--var-file <PATH>")]
        [Description("A YAML file of NAME: VALUE lines; values may also be lists and mappings")]
        public string? VarFile { get; init; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Write the text to PATH instead of stdout")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var file = settings.VarFile is null
            ? new Dictionary<string, object?>()
            : PromptArguments.ParseFile(await TextInput.ReadFileAsync(Path.Combine(Environment.CurrentDirectory, settings.VarFile), cancellationToken), settings.VarFile);
        var values = PromptArguments.Merge(file, settings.Vars);

        await using var session = await OpenAsync(settings, cancellationToken);
        var prompts = new PromptService(session.Library, PromptLimits.For(session.Config));
        var rendered = await prompts.RenderAsync(settings.Name, settings.Version, settings.Label, values, cancellationToken);

        if (settings.Out is not null)
        {
            await WriteAsync(Path.Combine(Environment.CurrentDirectory, settings.Out), rendered.Text, cancellationToken);
            Output.Note($"Wrote {rendered.Name}@{rendered.Version} to {settings.Out} ({rendered.Text.Length} characters, {rendered.Items.Count} library item{(rendered.Items.Count == 1 ? "" : "s")})");
        }

        if (Output.Json)
            Output.WriteJson(PromptJsonViews.Rendered(rendered), CliJsonContext.Default.RenderedPromptJson);
        else if (settings.Out is null)
            Environment.Out.Write(rendered.Text.EndsWith('\n') ? rendered.Text : rendered.Text + "\n");
        return ExitCodes.Ok;
    }

    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(path, e);
        }
    }
}
