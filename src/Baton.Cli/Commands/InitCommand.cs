using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Workspaces;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class InitCommand(CliEnvironment environment) : BatonCommand<InitCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("Where to create the workspace (default: the current folder's git root, or the current folder)")]
        public string? Directory { get; init; }

        [CommandOption("--here")]
        [Description("Create it in DIR (or the current folder) itself, even inside a git repository")]
        public bool Here { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        Workspace workspace;
        if (settings.Personal)
        {
            workspace = Workspace.Personal(Environment.Variable);
            if (File.Exists(workspace.DatabasePath))
                throw BatonErrors.WorkspaceExists(workspace.Folder);
            await WorkspaceInitializer.CreateAsync(workspace, cancellationToken);
        }
        else
        {
            var directory = Path.Combine(Environment.CurrentDirectory, settings.Directory ?? settings.Workspace ?? ".");
            workspace = await WorkspaceInitializer.InitAsync(directory, settings.Here, cancellationToken);
        }

        if (Output.Json)
            Output.WriteJson(new MessageJson("created", "workspace created", Path: workspace.Folder), CliJsonContext.Default.MessageJson);
        else
        {
            Output.Line($"Created {(workspace.IsPersonal ? "your personal library" : "a Baton workspace")} in {workspace.Folder}");
            Output.Note("Next: `baton add note --title \"…\" --body \"…\"`, then `baton search WORD`.");
        }

        return ExitCodes.Ok;
    }
}
