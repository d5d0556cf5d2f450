using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptAddCommand(CliEnvironment environment) : BatonCommand<PromptAddCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The prompt's name: 1–64 lower-case letters, digits and . _ - (e.g. review-endpoint)")]
        public string Name { get; init; } = "";

        [CommandOption("-f|--file <PATH>")]
        [Description("The template: Liquid with YAML front matter (see docs/prompts.md). Without it, stdin is read")]
        public string? File { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        PromptNames.CheckName(settings.Name);
        await using var session = await OpenAsync(settings, cancellationToken);
        var text = await BodyReader.ReadAsync(null, settings.File, Environment, pipedStdin: true, cancellationToken) ?? throw BatonErrors.NoTemplate();
        var prompts = new PromptService(session.Library, PromptLimits.For(session.Config));
        var added = await prompts.AddAsync(settings.Name, text, await session.SourceAsync(settings, cancellationToken: cancellationToken),
            settings.File ?? "stdin", cancellationToken);

        var title = added.Template.Title ?? settings.Name;
        if (Output.Json)
        {
            Output.WriteJson(new PromptAddedJson(settings.Name, added.Version.Version, added.Version.ItemId, title, added.Created), CliJsonContext.Default.PromptAddedJson);
        }
        else if (added.Created)
        {
            var shortId = await session.ShortIdAsync(added.Version.ItemId, cancellationToken);
            var variables = added.Template.Variables.Count == 0 ? "no variables" : string.Join(", ", added.Template.Variables.Select(v => v.Required ? v.Name + "*" : v.Name));
            Output.Line($"Added prompt {settings.Name} version {added.Version.Version} ({shortId}): {title}  [{variables}]");
        }
        else
        {
            Output.Line($"Prompt {settings.Name} is unchanged: the file is version {added.Version.Version}");
        }

        return ExitCodes.Ok;
    }
}
