using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

internal sealed class PromptShowCommand(CliEnvironment environment) : BatonCommand<PromptShowCommand.Settings>(environment)
{
    internal sealed class Settings : PromptSelectionSettings
    {
        [CommandOption("--raw")]
        [Description("Print the stored file exactly (front matter and template), e.g. to edit it and add it again")]
        public bool Raw { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var revision = await new PromptService(session.Library).GetAsync(settings.Name, settings.Version, settings.Label, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(PromptJsonViews.Detail(revision), CliJsonContext.Default.PromptDetailJson);
            return ExitCodes.Ok;
        }

        if (settings.Raw)
        {
            Environment.Out.Write(revision.Revision.Body);
            return ExitCodes.Ok;
        }

        var t = revision.Template;
        Output.Line($"{revision.Prompt.Name}@{revision.Version}  {revision.Revision.Title}");
        if (t.Description is not null)
            Output.Line($"description: {t.Description}");
        Output.Line($"labels:      {string.Join(", ", revision.Labels)}");
        Output.Line($"added:       {ItemRenderer.When(revision.Revision.At)} by {revision.Revision.Author}");
        if (t.Tags.Count > 0)
            Output.Line($"tags:        {string.Join(", ", t.Tags)}");
        foreach (var (key, value) in t.Metadata)
            Output.Line($"{key + ":",-13}{Display(value)}");
        Output.Line(t.Variables.Count == 0 ? "variables:   none" : "variables:");
        foreach (var v in t.Variables)
        {
            var detail = v.Required ? "required" : v.Default is null ? "optional" : $"default {Display(v.Default)}";
            Output.Line($"  {v.Name} ({detail}){(v.Description is null ? "" : " — " + v.Description)}");
        }

        Output.Line();
        Output.Line(t.Body.TrimEnd('\n'));
        return ExitCodes.Ok;
    }

    private static string Display(object? value) => value as string ?? PromptJsonViews.Node(value)?.ToJsonString() ?? "";
}
