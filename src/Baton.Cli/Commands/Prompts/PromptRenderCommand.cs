using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Prompts;

/// <summary>
/// Renders a prompt for an AI tool, through the privacy boundary of its target: items above the target's ceiling are
/// withheld from the template, and the text passes the boundary (secrets redacted, personal data pseudonymised with the
/// workspace's vault) before it is printed or written. What the boundary did goes to stderr, never a value.
/// </summary>
internal sealed class PromptRenderCommand(CliEnvironment environment) : BatonCommand<PromptRenderCommand.Settings>(environment)
{
    internal sealed class Settings : PromptSelectionSettings
    {
        [CommandOption("--var <NAME=VALUE>")]
        [Description("A variable's value (repeatable); wins over --var-file")]
        public string[] Vars { get; init; } = [];

        [CommandOption("--var-file <PATH>")]
        [Description("A YAML file of NAME: VALUE lines; values may also be lists and mappings")]
        public string? VarFile { get; init; }

        [CommandOption("-o|--out <PATH>")]
        [Description("Write the text to PATH instead of stdout")]
        public string? Out { get; init; }

        [CommandOption("-t|--target <NAME>")]
        [Description("Where the text goes: external-ai (default), team, local, or one defined in baton.yaml (see `baton targets`)")]
        public string? Target { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var file = settings.VarFile is null
            ? new Dictionary<string, object?>()
            : PromptArguments.ParseFile(await TextInput.ReadFileAsync(Path.Combine(Environment.CurrentDirectory, settings.VarFile), cancellationToken), settings.VarFile);
        var values = PromptArguments.Merge(file, settings.Vars);

        await using var session = await OpenAsync(settings, cancellationToken);
        var boundary = await session.OpenBoundaryAsync(settings.Target, cancellationToken);
        var prompts = new PromptService(session.Library, PromptLimits.For(session.Config));
        var rendered = await prompts.RenderAsync(settings.Name, settings.Version, settings.Label, values,
            new PromptAudience(boundary.Target.Name, boundary.Admit), cancellationToken);
        var text = boundary.Pass(rendered.Text);

        if (settings.Out is not null)
        {
            await ClearedOutput.WriteFileAsync(Path.Combine(Environment.CurrentDirectory, settings.Out), text, cancellationToken);
            Output.Note($"Wrote {rendered.Name}@{rendered.Version} to {settings.Out} ({text.Text.Length} characters, {rendered.Items.Count} library item{(rendered.Items.Count == 1 ? "" : "s")})");
        }

        if (Output.Json)
        {
            Output.WriteJson(PromptJsonViews.Rendered(rendered, text, boundary), CliJsonContext.Default.RenderedPromptJson);
            NoteBoundary(boundary);
            return ExitCodes.Ok;
        }

        NoteBoundary(boundary);
        if (settings.Out is null)
            ClearedOutput.WriteLine(Environment.Out, text);
        return ExitCodes.Ok;
    }

    private void NoteBoundary(PrivacyBoundary boundary)
    {
        var report = boundary.Report();
        var parts = new List<string>();
        if (report.Rules.Count > 0)
            parts.Add(BoundaryNotes.Rules(report));
        if (report.Withheld.Count > 0)
            parts.Add(BoundaryNotes.Withheld(report, boundary.Target));
        if (parts.Count == 0)
            return;
        var hint = BoundaryNotes.ReportsSecrets(boundary.Target) && BoundaryNotes.Count(report, "secret") > 0
            ? " — the secrets are in the text as they are; render with --target team or external-ai to redact them"
            : "";
        Output.Note($"For '{report.Target}': {string.Join("; ", parts)}{hint}");
    }
}
