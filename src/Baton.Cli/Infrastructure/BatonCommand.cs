using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Base of every command: gives it the environment and an <see cref="Infrastructure.Output"/> for its settings.</summary>
internal abstract class BatonCommand<TSettings>(CliEnvironment environment) : AsyncCommand<TSettings>
    where TSettings : GlobalSettings
{
    protected CliEnvironment Environment => environment;

    protected Output Output { get; private set; } = null!;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        Output = new Output(environment, settings.Json);
        return await RunAsync(settings, cancellationToken);
    }

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    protected Task<Session> OpenAsync(TSettings settings, CancellationToken cancellationToken) =>
        Session.OpenAsync(settings, environment, cancellationToken);
}
