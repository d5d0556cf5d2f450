using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Privacy.Vault;

namespace Baton.Cli.Commands.Vault;

/// <summary>Shows the workspace's pseudonym vault: its size, its key file, and whether that key opens it (exit 1 if not).</summary>
internal sealed class VaultStatusCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var status = await VaultStatus.ReadAsync(session.Store.Vault, VaultKeyFile.Folder(Environment.Variable), cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(new VaultStatusJson(status.VaultId, status.Entries, status.KeyPath, status.Key, status.Problem), CliJsonContext.Default.VaultStatusJson);
        }
        else
        {
            Output.Line($"vault:   {status.VaultId} ({status.Entries} value(s))");
            Output.Line($"key:     {status.KeyPath}");
            Output.Line($"state:   {status.Key}");
            if (status.Problem is not null)
                Environment.Error.Write($"baton: {status.Problem}\n");
        }

        return status.Problem is null ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
