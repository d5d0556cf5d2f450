using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Transfer;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

/// <summary>
/// Writes items out of Baton as Markdown files, through the privacy boundary of a target. The default, <c>local</c>,
/// keeps everything byte for byte (a backup or a move to another workspace) and still reports the secrets and personal
/// data it saw; <c>--target team</c> or <c>external-ai</c> withholds items above the ceiling and treats the rest.
/// </summary>
internal sealed class ExportCommand(CliEnvironment environment) : BatonCommand<ExportCommand.Settings>(environment)
{
    internal sealed class Settings : FilterSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to write into, created when missing: one Markdown file per item, DIR/<kind>/<title-slug>-<id>.md")]
        public string Directory { get; init; } = "";

        [CommandOption("--target <NAME>")]
        [Description("Who the files are for: local (default: everything, unchanged, findings reported), team, external-ai, or one defined in baton.yaml (see `baton targets`)")]
        public string? Target { get; init; }
    }

    /// <summary>An export stays a faithful copy unless the user names who it is for.</summary>
    public const string DefaultTarget = "local";

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var directory = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Directory));
        var boundary = await session.OpenBoundaryAsync(settings.Target ?? DefaultTarget, cancellationToken);
        var exporter = new MarkdownExporter(session.Store, boundary);
        var result = await exporter.ExportAsync(settings.ToFilter(session.Library.Now()), directory, cancellationToken);

        if (Output.Json)
        {
            Output.WriteJson(new ExportJson(directory, result.Count(ExportStatus.Created), result.Count(ExportStatus.Updated),
                result.Count(ExportStatus.Unchanged), result.ArchivedLeftOut,
                [.. result.Files.Select(f => new TransferFileJson(f.Path, f.Id, Status(f.Status)))], result.Removed,
                result.Privacy.Target, result.Privacy.Withheld.Count, result.ItemsWithSecrets, result.ItemsWithPersonalData,
                result.TagsLeftOut, result.WithheldEarlierFiles, PrivacyReportJson.From(result.Privacy)), CliJsonContext.Default.ExportJson);
            return ExitCodes.Ok;
        }

        foreach (var file in result.Files.Where(f => f.Status != ExportStatus.Unchanged))
            Output.Line($"  {Status(file.Status),-9} {file.Path}");
        foreach (var path in result.Removed)
            Output.Line($"  {"removed",-9} {path} (the item's title changed)");
        var count = result.Files.Count;
        Output.Line($"Exported {count} item{(count == 1 ? "" : "s")} to {directory}: {result.Count(ExportStatus.Created)} new, " +
            $"{result.Count(ExportStatus.Updated)} changed, {result.Count(ExportStatus.Unchanged)} unchanged");
        if (result.ArchivedLeftOut > 0)
            Output.Note($"Left out {result.ArchivedLeftOut} archived item{(result.ArchivedLeftOut == 1 ? "" : "s")}; add --archived to export them too.");
        NotePrivacy(result, boundary.Target, settings.Directory);
        return ExitCodes.Ok;
    }

    /// <summary>What the boundary did, on stderr: counts per rule and the items withheld, never a value.</summary>
    private void NotePrivacy(ExportResult result, PrivacyTarget target, string directory)
    {
        var report = result.Privacy;
        var secrets = BoundaryNotes.Count(report, "secret");
        if (secrets > 0)
        {
            var rules = string.Join(", ", report.Rules.Where(r => r.Kind == "secret").Select(r => $"{r.Rule} {r.Count}"));
            Output.Note(target.Secrets == OperatorKind.Report
                ? $"{Count(secrets, "secret")} in {Count(result.ItemsWithSecrets, "exported item")}: {rules} — written as they are; export with --target team to redact them"
                : $"{Count(secrets, "secret")} in {Count(result.ItemsWithSecrets, "exported item")}: {rules} — {Done(target.Secrets)} for '{target.Name}'");
        }

        var personal = BoundaryNotes.Count(report, "personal-data");
        if (personal > 0)
        {
            var rules = string.Join(", ", report.Rules.Where(r => r.Kind == "personal-data").Select(r => $"{r.Rule} {r.Count}"));
            Output.Note(target.PersonalData == OperatorKind.Report
                ? $"{Count(personal, "personal data value")} in {Count(result.ItemsWithPersonalData, "exported item")}: {rules} — written as they are for '{target.Name}'"
                : $"{Count(personal, "personal data value")} in {Count(result.ItemsWithPersonalData, "exported item")}: {rules} — {Done(target.PersonalData)} for '{target.Name}'");
        }

        if (report.Withheld.Count > 0)
            Output.Note($"For '{target.Name}': {BoundaryNotes.Withheld(report, target)}; not exported");
        if (result.TagsLeftOut > 0)
            Output.Note($"Left out {Count(result.TagsLeftOut, "tag")} the boundary would have changed (a placeholder is not a valid tag)");
        if (result.WithheldEarlierFiles.Count > 0)
            Output.Note($"{directory} still holds {Count(result.WithheldEarlierFiles.Count, "file")} an earlier export wrote for withheld items " +
                $"({string.Join(", ", result.WithheldEarlierFiles.Take(5))}{(result.WithheldEarlierFiles.Count > 5 ? ", …" : "")}); delete them before the folder goes to '{target.Name}'");
    }

    /// <summary>redact → redacted, pseudonymise → pseudonymised.</summary>
    private static string Done(OperatorKind action) => action.Name() is var name && name.EndsWith('e') ? name + "d" : name + "ed";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Status(ExportStatus status) => status switch
    {
        ExportStatus.Created => "created",
        ExportStatus.Updated => "updated",
        _ => "unchanged",
    };
}
