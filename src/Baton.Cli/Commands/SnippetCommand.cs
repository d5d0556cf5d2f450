using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class SnippetCommand(CliEnvironment environment) : BatonCommand<SnippetCommand.Settings>(environment)
{
    internal sealed class Settings : NewItemSettings
    {
        [CommandArgument(0, "<PATH:START-END>")]
        [Description("The file and its lines, e.g. src/Foo.cs:10-40 (a single line: src/Foo.cs:12)")]
        public string Spec { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        [Description("A title (default: PATH:START-END)")]
        public string? Title { get; init; }

        [CommandOption("-n|--note <TEXT>")]
        [Description("Why these lines matter; written above the code")]
        public string? Note { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var (path, lines) = SourcePath.Parse(settings.Spec);
        if (path is null || lines is null)
            throw BatonErrors.InvalidSnippetSpec(settings.Spec);
        var sensitivity = settings.ParseSensitivity();
        var tags = settings.ParseTags();

        await using var session = await OpenAsync(settings, cancellationToken);
        var full = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, path));
        var captured = await SnippetCapture.ReadAsync(full, lines.Value, cancellationToken);
        // Anchor paths are relative to the repository (or workspace) root, so they mean the same on every clone.
        var source = await session.FileSourceAsync(settings, full, lines.Value, cancellationToken);
        var relative = source.Path!;

        var fence = Fence(captured.Text);
        var body = (settings.Note is null ? "" : settings.Note.Trim() + "\n\n")
            + $"{fence}{captured.Language}\n{captured.Text}\n{fence}\n";
        var item = await session.Library.AddAsync(new NewItem
        {
            Kind = ItemKind.Snippet,
            Title = settings.Title ?? $"{relative}:{lines}",
            Body = body,
            Tags = tags,
            Sensitivity = sensitivity,
            Source = source,
            Anchor = new SnippetAnchor(relative, lines.Value, source.Commit, captured.ContentHash, captured.Language),
        }, cancellationToken);

        var shortId = await session.ShortIdAsync(item.Id, cancellationToken);
        if (Output.Json)
            Output.WriteJson(JsonViews.Item(item, shortId, withBody: true), CliJsonContext.Default.ItemJson);
        else
            Output.Line($"Added snippet {shortId}: {relative}:{lines} ({lines.Value.Count} lines, {captured.Language}{(source.Commit is null ? "" : " @ " + source.Commit[..7])}{(source.Dirty == true ? ", uncommitted changes" : "")})");
        return ExitCodes.Ok;
    }

    /// <summary>A backtick fence longer than any run of backticks in the code, so the code cannot close it.</summary>
    internal static string Fence(string code)
    {
        int longest = 0, run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }
}
