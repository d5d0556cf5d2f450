using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Base of every command: gives it the environment and an <see cref="Infrastructure.Output"/> for its settings.</summary>
internal abstract class BatonCommand<TSettings>(CliEnvironment environment) : AsyncCommand<TSettings>
    where TSettings : GlobalSettings
{
    protected CliEnvironment Environment => environment;

    protected Output Output { get; private set; } = null!;

    /// <summary>The name the command was run by, for one class registered under several verbs.</summary>
    protected string CommandName { get; private set; } = "";

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        Output = new Output(environment, settings.Json);
        CommandName = context.Name;
        return await RunAsync(settings, cancellationToken);
    }

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    protected Task<Session> OpenAsync(TSettings settings, CancellationToken cancellationToken) =>
        Session.OpenAsync(settings, environment, cancellationToken);
}
