using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Git;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Hooks;

/// <summary><c>baton hooks install</c>: a pre-commit hook that runs <c>baton scan --staged</c> and stops commits with findings.</summary>
internal sealed class HooksInstallCommand(CliEnvironment environment) : BatonCommand<HooksInstallCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--force")]
        [Description("Replace a pre-commit hook that Baton did not install (it is kept as pre-commit.baton-backup)")]
        public bool Force { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var change = await PreCommitHook.InstallAsync(Environment.CurrentDirectory, settings.Force, cancellationToken);
        var (status, message) = change.Kind switch
        {
            HookChangeKind.Unchanged => ("unchanged", $"Baton's pre-commit hook is already installed in {change.Path}"),
            HookChangeKind.Updated => ("updated", $"Updated Baton's pre-commit hook in {change.Path}"),
            HookChangeKind.Replaced => ("replaced", $"Installed Baton's pre-commit hook in {change.Path}; the hook that was there is kept as {change.Backup}"),
            _ => ("installed", $"Installed Baton's pre-commit hook in {change.Path}"),
        };
        if (Output.Json)
        {
            Output.WriteJson(new MessageJson(status, message, Path: change.Path), CliJsonContext.Default.MessageJson);
            return ExitCodes.Ok;
        }

        Output.Line(message);
        Output.Note("Each `git commit` now runs `baton scan --staged` and stops when the staged lines hold secrets or personal data " +
            "(`baton` must be on PATH for git). Skip it once with `git commit --no-verify`; remove it with `baton hooks uninstall`.");
        if (!IsOnPath("baton"))
            Output.Note("Note: `baton` is not on PATH here, so the hook will stop every commit until it is: install it with " +
                "`dotnet tool install --global Baton` (and add ~/.dotnet/tools to PATH) or put its folder on PATH.");
        return ExitCodes.Ok;
    }

    private bool IsOnPath(string program) =>
        (Environment.Variable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)) || File.Exists(Path.Combine(folder, program + ".exe")));
}
