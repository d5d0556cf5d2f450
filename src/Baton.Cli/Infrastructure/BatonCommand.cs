using Baton.Git;
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
        // A command is short: git's answers are shared for its length (a pack asks about the same folder up to three times).
        using var git = ServesRequests ? null : GitProbeScope.Begin();
        return await RunAsync(settings, cancellationToken);
    }

    /// <summary>True for a command that runs until stopped and serves requests (<c>baton mcp</c>): each request shares git's answers, not the whole run.</summary>
    protected virtual bool ServesRequests => false;

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    protected Task<Session> OpenAsync(TSettings settings, CancellationToken cancellationToken) =>
        Session.OpenAsync(settings, environment, cancellationToken);
}
