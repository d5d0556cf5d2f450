namespace Baton.Cli.Infrastructure;

/// <summary>
/// Everything a command touches outside the process: streams, terminal, working folder, environment
/// variables and time. The real one wraps <see cref="Console"/>; tests pass their own to run commands in-process.
/// </summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Whether stdin is piped or redirected (so a body may be read from it).</summary>
    public required bool InputRedirected { get; init; }

    /// <summary>Whether stdout is a terminal: tables, colour and progress bars only then.</summary>
    public required bool OutputIsTerminal { get; init; }

    /// <summary>Whether stderr is a terminal: progress bars and summary tables go there only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether a person can answer questions (stdin and stderr are terminals).</summary>
    public required bool Interactive { get; init; }

    public required string CurrentDirectory { get; init; }

    public required Func<string, string?> Variable { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Asks a yes/no question on stderr and reads the answer from stdin; false unless the answer is yes.</summary>
    public Func<string, bool> Confirm { get; init; } = _ => false;

    public static CliEnvironment FromConsole()
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var interactive = !Console.IsInputRedirected && !Console.IsErrorRedirected;
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliEnvironment
        {
            Out = output,
            Error = Console.Error,
            OpenInput = Console.OpenStandardInput,
            InputRedirected = Console.IsInputRedirected,
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            Interactive = interactive,
            CurrentDirectory = Environment.CurrentDirectory,
            Variable = Environment.GetEnvironmentVariable,
            Confirm = question =>
            {
                Console.Error.Write($"{question} [y/N] ");
                var answer = Console.ReadLine()?.Trim();
                return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
            },
        };
    }
}
