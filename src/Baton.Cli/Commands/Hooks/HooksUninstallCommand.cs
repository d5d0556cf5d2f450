using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Git;

namespace Baton.Cli.Commands.Hooks;

/// <summary><c>baton hooks uninstall</c>: removes Baton's pre-commit hook, and only Baton's.</summary>
internal sealed class HooksUninstallCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        var change = await PreCommitHook.UninstallAsync(Environment.CurrentDirectory, cancellationToken);
        var (status, message) = change.Kind switch
        {
            HookChangeKind.Restored => ("removed", $"Removed Baton's pre-commit hook from {change.Path} and put back the hook it had replaced"),
            HookChangeKind.Removed => ("removed", $"Removed Baton's pre-commit hook from {change.Path}"),
            HookChangeKind.Foreign => ("unchanged", $"The pre-commit hook in {change.Path} is not Baton's; left it alone"),
            _ => ("unchanged", $"No pre-commit hook in {change.Path}; nothing to remove"),
        };
        if (Output.Json)
            Output.WriteJson(new MessageJson(status, message, Path: change.Path), CliJsonContext.Default.MessageJson);
        else
            Output.Line(message);
        return ExitCodes.Ok;
    }
}
