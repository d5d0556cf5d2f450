using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Vault;

/// <summary>
/// Drops every entry of the pseudonym vault and unbinds its key: the way out when the key is lost for good. Texts
/// already sent keep their placeholders, which can no longer be restored; new ones start again at 1.
/// </summary>
internal sealed class VaultForgetCommand(CliEnvironment environment) : BatonCommand<VaultForgetCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("-y|--yes")]
        [Description("Do not ask; needed when not on a terminal")]
        public bool Yes { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var state = await session.Store.Vault.GetVaultStateAsync(cancellationToken);
        if (!settings.Yes)
        {
            if (!Environment.Interactive)
                throw BatonErrors.ConfirmationRequired("forgetting the pseudonym vault");
            if (!Environment.Confirm($"Forget all {state.Entries} pseudonym(s)? Placeholders in texts already sent can then never be restored"))
            {
                Output.Note("Nothing forgotten.");
                return ExitCodes.Failed;
            }
        }

        var forgotten = await session.Store.Vault.ForgetAsync(session.Library.Now(), cancellationToken);
        var message = $"forgot {forgotten} pseudonym(s); the next outflow binds the key it finds, or makes a new one";
        if (Output.Json)
            Output.WriteJson(new MessageJson("forgotten", message), CliJsonContext.Default.MessageJson);
        else
            Output.Line(char.ToUpperInvariant(message[0]) + message[1..] + " (recorded in `baton log`)");
        return ExitCodes.Ok;
    }
}
