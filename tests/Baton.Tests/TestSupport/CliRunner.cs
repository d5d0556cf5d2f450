using System.Text;
using Baton.Cli;
using Baton.Cli.Infrastructure;

namespace Baton.Tests.TestSupport;

/// <summary>
/// Runs <c>baton</c> commands in-process against a real workspace folder: real SQLite, real git, real
/// files; only the console is captured. Environment variables come from <see cref="Variables"/>, never
/// from the test process, so a developer's BATON_SOURCE_* or EDITOR cannot leak in.
/// </summary>
internal sealed class CliRunner(string directory)
{
    public string Directory { get; set; } = directory;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal)
    {
        ["HOME"] = directory,
        ["XDG_DATA_HOME"] = Path.Combine(directory, ".xdg-data"),
        ["USER"] = "tester",
    };

    public bool OutputIsTerminal { get; set; }

    public bool Interactive { get; set; }

    public Func<string, bool> Confirm { get; set; } = _ => false;

    public Func<string, string?> Ask { get; set; } = _ => null;

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync((byte[]?)null, args);

    public async Task<CliResult> RunWithInputAsync(byte[]? stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            OpenInput = () => new MemoryStream(stdin ?? []),
            InputRedirected = stdin is not null,
            OutputIsTerminal = OutputIsTerminal,
            Interactive = Interactive,
            CurrentDirectory = Directory,
            Variable = name => Variables.GetValueOrDefault(name),
            Time = Time,
            Confirm = Confirm,
            Ask = Ask,
        };
        var code = await BatonApp.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunWithInputAsync(string stdin, params string[] args) =>
        RunWithInputAsync(Encoding.UTF8.GetBytes(stdin), args);
}
