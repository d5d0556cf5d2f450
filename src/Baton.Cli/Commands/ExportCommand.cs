using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Transfer;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class ExportCommand(CliEnvironment environment) : BatonCommand<ExportCommand.Settings>(environment)
{
    internal sealed class Settings : FilterSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to write into, created when missing: one Markdown file per item, DIR/<kind>/<title-slug>-<id>.md")]
        public string Directory { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var directory = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Directory));
        var exporter = new MarkdownExporter(session.Store);
        var result = await exporter.ExportAsync(settings.ToFilter(session.Library.Now()), directory, cancellationToken);

        if (Output.Json)
        {
            Output.WriteJson(new ExportJson(directory, result.Count(ExportStatus.Created), result.Count(ExportStatus.Updated),
                result.Count(ExportStatus.Unchanged), result.ArchivedLeftOut,
                [.. result.Files.Select(f => new TransferFileJson(f.Path, f.Id, Status(f.Status)))], result.Removed), CliJsonContext.Default.ExportJson);
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
        return ExitCodes.Ok;
    }

    private static string Status(ExportStatus status) => status switch
    {
        ExportStatus.Created => "created",
        ExportStatus.Updated => "updated",
        _ => "unchanged",
    };
}
