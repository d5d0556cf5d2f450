using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Packing;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Packs;

internal sealed class PackShowCommand(CliEnvironment environment) : BatonCommand<PackShowCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The pack's id or a prefix of it (`baton pack list` shows them)")]
        public string Id { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var id = await PackIds.ResolveAsync(session.Store, settings.Id, cancellationToken);
        var m = await session.Store.FindPackAsync(id, cancellationToken) ?? throw BatonErrors.PackNotFound(settings.Id);
        if (Output.Json)
        {
            Output.WriteJson(m, PackJsonContext.Default.PackManifest);
            return ExitCodes.Ok;
        }

        Output.Line($"pack {m.Id}");
        Output.Line($"created   {ItemRenderer.When(m.CreatedAt)} by {m.CreatedBy}");
        Output.Line($"style     {m.Style}, {m.Encoding}, target {m.Target}");
        Output.Line($"commit    {m.Commit ?? "(not in git)"}{(m.Dirty ? " (with uncommitted changes)" : "")}");
        Output.Line($"output    {m.OutputTokens:N0} tokens, {m.OutputBytes:N0} bytes, sha256 {m.OutputSha256}");
        foreach (var part in m.Parts.Where(_ => m.Parts.Count > 1))
            Output.Line($"  part {part.Part}  {part.Path}  {part.Tokens:N0} tokens  sha256 {part.Sha256}");
        Output.Line($"redactions {(m.Boundary.TotalFindings == 0 ? "none" : string.Join(", ", m.Boundary.FindingsByRule.Select(p => $"{p.Value} {p.Key}")))}");
        foreach (var w in m.Boundary.Withheld)
            Output.Line($"withheld  {w.Reference} ({w.Sensitivity})");
        foreach (var section in m.Sections)
            Output.Line($"{section.Kind,-9} {section.Detail}  {section.Tokens:N0} tokens  {section.Status}");
        foreach (var item in m.Items)
            Output.Line($"item      {item.Id}@{item.Revision}  {item.Tokens:N0} tokens  {item.Status}  {item.Title}");
        foreach (var file in m.Files)
            Output.Line($"file      {file.Blob?[..12] ?? "-",-12}  {file.Tokens,9:N0}  {file.Status,-10}  {Packing.Rendering.Blocks.DisplayPath(file.Path)}{(file.Detail is null ? "" : "  (" + file.Detail + ")")}");
        foreach (var skipped in m.Skipped)
            Output.Line($"skipped   {skipped.Reason,-14} {Packing.Rendering.Blocks.DisplayPath(skipped.Path)}  {skipped.Detail}");
        return ExitCodes.Ok;
    }
}
