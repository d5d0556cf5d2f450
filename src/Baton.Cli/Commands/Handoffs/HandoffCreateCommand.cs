using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Handoffs;

internal sealed class HandoffCreateCommand(CliEnvironment environment) : BatonCommand<HandoffCreateCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandOption("-t|--template <NAME>")]
        [Description("The kind of handoff: dev-to-qa, dev-to-ai, ai-to-dev, qa-to-dev or one of baton.yaml's; it says which fields are required")]
        public string? Template { get; init; }

        [CommandOption("--from-file <PATH>")]
        [Description("Read the handoff from a YAML or JSON file (schemas/handoff.v1.json, $defs/draft); options given as well win")]
        public string? FromFile { get; init; }

        [CommandOption("--title <TITLE>")]
        [Description("A one-line title")]
        public string? Title { get; init; }

        [CommandOption("--to <WHO>")]
        [Description("Who receives it: a person, a role of baton.yaml or an AI tool")]
        public string? To { get; init; }

        [CommandOption("--intent <TEXT>")]
        [Description("What the receiver should achieve, and why")]
        public string? Intent { get; init; }

        [CommandOption("--criterion <TEXT>")]
        [Description("An acceptance criterion (repeatable)")]
        public string[] Criteria { get; init; } = [];

        [CommandOption("--next <TEXT>")]
        [Description("A next step (repeatable)")]
        public string[] NextSteps { get; init; } = [];

        [CommandOption("--question <TEXT>")]
        [Description("An open question (repeatable)")]
        public string[] Questions { get; init; } = [];

        [CommandOption("--risk <TEXT>")]
        [Description("A risk (repeatable)")]
        public string[] Risks { get; init; } = [];

        [CommandOption("--constraint <TEXT>")]
        [Description("A constraint (repeatable)")]
        public string[] Constraints { get; init; } = [];

        [CommandOption("--base <REF>")]
        [Description("The commit or ref the work started from (the head is captured from git)")]
        public string? Base { get; init; }

        [CommandOption("--pack <ID>")]
        [Description("The id of a pack to attach")]
        public string? Pack { get; init; }

        [CommandOption("--item <ID>")]
        [Description("A library item to attach (repeatable; id or prefix)")]
        public string[] Items { get; init; } = [];

        [CommandOption("--label <LABEL>")]
        [Description("A label (repeatable)")]
        public string[] Labels { get; init; } = [];

        [CommandOption("--due <DATE>")]
        [Description("Due date, YYYY-MM-DD")]
        public string? Due { get; init; }

        [CommandOption("--open")]
        [Description("Open it at once instead of leaving it a draft (review gates apply)")]
        public bool Open { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var service = session.Handoffs;
        var draft = ReadFile(settings.FromFile).OverriddenBy(FromOptions(settings));
        draft = service.WithDefaults(draft);
        var missing = service.MissingFields(draft);
        if (missing.Count > 0 && Environment.Interactive && !settings.Json)
        {
            draft = Ask(draft, missing);
            missing = service.MissingFields(draft);
        }

        if (missing.Count > 0)
            throw BatonErrors.MissingHandoffFields(service.TemplateOf(draft)?.Name, missing);

        var source = await session.SourceAsync(settings, cancellationToken: cancellationToken);
        var handoff = await service.CreateAsync(draft, source, session.GitDirectory, cancellationToken);
        if (settings.Open)
        {
            try
            {
                handoff = await service.TransitionAsync(handoff.Ref, "open", Library.RevisionAuthor.From(source), cancellationToken: cancellationToken);
            }
            catch (BatonException)
            {
                Environment.Error.Write($"baton: created {handoff.Ref} as a draft, but could not open it:\n");
                throw;
            }
        }

        HandoffRenderer.Written(Output, handoff, $"created {handoff.Ref} ({handoff.State.Name()})");
        return ExitCodes.Ok;
    }

    /// <summary>Far above any valid handoff (≈ 20,000 + 5 × 100 × 2,000 characters), so a stray large file is not read at all.</summary>
    private const long MaxFileBytes = 4L << 20;

    private HandoffDraft ReadFile(string? path)
    {
        if (path is null)
            return new HandoffDraft();
        var full = Path.Combine(Environment.CurrentDirectory, path);
        if (!File.Exists(full))
            throw BatonErrors.FileNotFound(path);
        if (new FileInfo(full).Length is var length and > MaxFileBytes)
            throw BatonErrors.HandoffFileTooLarge(path, length, MaxFileBytes);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotRead(path, e);
        }

        return HandoffDraftReader.Read(text, path);
    }

    private static HandoffDraft FromOptions(Settings s) => new()
    {
        Template = s.Template,
        Title = s.Title,
        To = s.To,
        Intent = s.Intent,
        AcceptanceCriteria = s.Criteria,
        NextSteps = s.NextSteps,
        OpenQuestions = s.Questions,
        Risks = s.Risks,
        Constraints = s.Constraints,
        Base = s.Base,
        Pack = s.Pack,
        Items = s.Items,
        Labels = s.Labels,
        Due = s.Due,
    };

    /// <summary>Asks for each missing field on the terminal: one answer, or answers until an empty line for lists.</summary>
    private HandoffDraft Ask(HandoffDraft draft, IReadOnlyList<string> missing)
    {
        foreach (var field in missing)
        {
            var answers = new List<string>();
            while (true)
            {
                var question = HandoffFields.IsList(field)
                    ? $"{HandoffFields.Question(field)} {answers.Count + 1}{(answers.Count > 0 ? " (empty to finish)" : "")}:"
                    : $"{HandoffFields.Question(field)}:";
                var answer = Environment.Ask(question)?.Trim();
                if (string.IsNullOrEmpty(answer))
                    break;
                answers.Add(answer);
                if (!HandoffFields.IsList(field))
                    break;
            }

            if (answers.Count > 0)
                draft = draft.With(field, answers);
        }

        return draft;
    }
}
