using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class AddCommand(CliEnvironment environment) : BatonCommand<AddCommand.Settings>(environment)
{
    internal sealed class Settings : NewItemSettings
    {
        [CommandArgument(0, "<KIND>")]
        [Description("note, decision, doc or snippet (prompts: `baton prompt add`; code snippets: `baton snippet PATH:START-END`)")]
        public string Kind { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        [Description("A one-line title (required)")]
        public string? Title { get; init; }

        [CommandOption("-b|--body <TEXT>")]
        [Description("The Markdown body; \"-\" reads stdin. Without --body or --file: stdin when piped, else $EDITOR")]
        public string? Body { get; init; }

        [CommandOption("-f|--file <PATH>")]
        [Description("Read the body from a UTF-8 file")]
        public string? File { get; init; }

        [CommandOption("--source-path <PATH[:LINES]>")]
        [Description("The file (and lines, e.g. src/Api.cs:10-40) the content is about or came from")]
        public string? SourcePath { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("--title is required; give the item a one-line title") : base.Validate();
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var kind = ItemKinds.Parse(settings.Kind);
        if (kind == ItemKind.Prompt)
            throw BatonErrors.PromptViaAdd();
        var sensitivity = settings.ParseSensitivity();
        var tags = settings.ParseTags();
        var title = ContextLibrary.CheckTitle(settings.Title!);
        var (path, lines) = SourcePath.Parse(settings.SourcePath);

        await using var session = await OpenAsync(settings, cancellationToken);
        var body = await BodyReader.ReadAsync(settings.Body, settings.File, Environment, pipedStdin: true, cancellationToken);
        if (body is null)
        {
            var edited = await BodyReader.EditAsync($"<!-- {title}: write the body, save and close. An empty body cancels. -->\n", Environment, cancellationToken);
            body = edited is null ? throw BatonErrors.EmptyBody() : StripEditorHint(edited);
        }

        var item = await session.Library.AddAsync(new NewItem
        {
            Kind = kind,
            Title = title,
            Body = body,
            Tags = tags,
            Sensitivity = sensitivity,
            Source = await session.SourceAsync(settings, path, lines, cancellationToken),
        }, cancellationToken);

        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (Output.Json)
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: false), CliJsonContext.Default.ItemJson);
        else
            Output.Line($"Added {kind.Name()} {shortId}: {item.Title}  [{item.Source.Summary()}]");
        return ExitCodes.Ok;
    }

    private static string StripEditorHint(string text)
    {
        var end = text.IndexOf("-->", StringComparison.Ordinal);
        return text.StartsWith("<!--", StringComparison.Ordinal) && end >= 0 ? text[(end + 3)..].TrimStart('\n') : text;
    }
}
