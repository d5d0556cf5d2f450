using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Storage;
using Baton.Transfer;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class ImportCommand(CliEnvironment environment) : BatonCommand<ImportCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("A folder written by `baton export` (or Markdown files in its format); read with all its subfolders")]
        public string Directory { get; init; } = "";

        [CommandOption("--dry-run")]
        [Description("Check every file and show what would change, without writing anything")]
        public bool DryRun { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var directory = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Directory));
        var importer = new MarkdownImporter(session.Store, session.Config, Environment.Time);
        var result = await importer.ImportAsync(directory, await session.AuthorAsync(settings, cancellationToken), settings.DryRun, cancellationToken);

        if (Output.Json)
            Output.WriteJson(Json(result, directory), CliJsonContext.Default.ImportJson);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
                Output.Note(problem.Message);
            throw BatonErrors.ImportInvalid(directory, result.Problems.Select(p => p.Path).Distinct().Count(), result.MarkdownFiles);
        }

        if (Output.Json)
            return ExitCodes.Ok;
        foreach (var file in result.Files.Where(f => f.Outcome != ImportOutcome.Unchanged))
            Output.Line($"  {Status(file.Outcome),-9} {file.Path}");
        Output.Line($"{(result.DryRun ? "Would import" : "Imported")} {directory}: {result.Count(ImportOutcome.Created)} created, " +
            $"{result.Count(ImportOutcome.Updated)} updated, {result.Count(ImportOutcome.Unchanged)} unchanged, {result.Skipped.Count} skipped; " +
            $"{result.LinksAdded} link{(result.LinksAdded == 1 ? "" : "s")} {(result.DryRun ? "to add" : "added")}");
        foreach (var skipped in result.Skipped)
            Output.Note($"skipped {skipped.Path}: {skipped.Message}");
        foreach (var warning in result.Warnings)
            Output.Note(warning.Message);
        if (result.DryRun)
            Output.Note("Dry run: nothing was written.");
        return ExitCodes.Ok;
    }

    private static ImportJson Json(ImportResult result, string directory) => new(
        result.Succeeded ? result.DryRun ? "dry-run" : "imported" : "invalid",
        directory,
        result.Count(ImportOutcome.Created),
        result.Count(ImportOutcome.Updated),
        result.Count(ImportOutcome.Unchanged),
        result.Skipped.Count,
        result.LinksAdded,
        [.. result.Files.Select(f => new TransferFileJson(f.Path, f.Id, Status(f.Outcome)))],
        [.. result.Skipped.Select(Message)],
        [.. result.Problems.Select(Message)],
        [.. result.Warnings.Select(Message)]);

    private static FileMessageJson Message(FileMessage message) => new(message.Path, message.Message);

    private static string Status(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Created => "created",
        ImportOutcome.Updated => "updated",
        _ => "unchanged",
    };
}
