using Baton.Cli.Infrastructure;

namespace Baton.Tests.TestSupport;

/// <summary>A quiet <see cref="CliEnvironment"/> rooted in a folder, for tests that open a session directly.</summary>
internal sealed class CliEnvironmentProbe(string directory)
{
    public CliEnvironment Environment { get; } = new()
    {
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        OpenInput = () => Stream.Null,
        InputRedirected = false,
        OutputIsTerminal = false,
        Interactive = false,
        CurrentDirectory = directory,
        Variable = name => name == "HOME" ? directory : null,
    };
}
