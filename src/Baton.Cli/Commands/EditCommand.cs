using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class EditCommand(CliEnvironment environment) : BatonCommand<EditCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The item's id or a unique prefix of it")]
        public string Id { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        [Description("A new title")]
        public string? Title { get; init; }

        [CommandOption("-b|--body <TEXT>")]
        [Description("A new body; \"-\" reads stdin. With no change given on a terminal, $EDITOR opens the body")]
        public string? Body { get; init; }

        [CommandOption("-f|--file <PATH>")]
        [Description("Read the new body from a UTF-8 file")]
        public string? File { get; init; }

        [CommandOption("--tag <TAG>")]
        [Description("Replace all tags with these (repeatable)")]
        public string[]? Tags { get; init; }

        [CommandOption("--add-tag <TAG>")]
        [Description("Add a tag (repeatable)")]
        public string[] AddTags { get; init; } = [];

        [CommandOption("--untag <TAG>")]
        [Description("Remove a tag (repeatable)")]
        public string[] RemoveTags { get; init; } = [];

        [CommandOption("-s|--sensitivity <LEVEL>")]
        [Description("public, internal, confidential or secret")]
        public string? Sensitivity { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var sensitivity = settings.Sensitivity is null ? (Sensitivity?)null : Sensitivities.Parse(settings.Sensitivity);
        await using var session = await OpenAsync(settings, cancellationToken);
        var current = await session.Library.GetAsync(settings.Id, cancellationToken);
        var body = await BodyReader.ReadAsync(settings.Body, settings.File, Environment, pipedStdin: false, cancellationToken);
        var nothingGiven = body is null && settings.Title is null && settings.Tags is null && settings.AddTags.Length == 0
            && settings.RemoveTags.Length == 0 && sensitivity is null;
        if (nothingGiven)
        {
            if (current.Kind == ItemKind.Prompt)
                throw BatonErrors.PromptBodyViaEdit(current.Title);
            body = await BodyReader.EditAsync(current.Body, Environment, cancellationToken) ?? throw BatonErrors.NothingToChange();
            if (body.TrimEnd('\n') == current.Body.TrimEnd('\n'))
                body = current.Body; // most editors add a final newline on save: that is not an edit
        }

        var edited = await session.Library.EditAsync(current.Id, new ItemEdit
        {
            Title = settings.Title,
            Body = body,
            Tags = settings.Tags,
            AddTags = settings.AddTags,
            RemoveTags = settings.RemoveTags,
            Sensitivity = sensitivity,
            Author = await session.AuthorAsync(settings, cancellationToken),
            ExpectedRevision = current.Revision,
        }, cancellationToken);

        var shortId = await session.ShortIdAsync(edited.Id, cancellationToken);
        if (Output.Json)
            Output.WriteJson(JsonViews.Item(edited, shortId, withBody: false), CliJsonContext.Default.ItemJson);
        else if (edited.Revision == current.Revision)
            Output.Line($"{shortId} unchanged (revision {edited.Revision})");
        else
            Output.Line($"{shortId} is now at revision {edited.Revision}; `baton diff {shortId}` shows the change");
        return ExitCodes.Ok;
    }
}
