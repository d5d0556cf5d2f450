using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace Baton.Cli.Infrastructure;

/// <summary>
/// Where a command's results go: JSON or text on stdout (tables and colour only on a terminal), and
/// progress or notes on stderr, so that stdout stays data.
/// </summary>
internal sealed class Output
{
    private readonly CliEnvironment _environment;

    public Output(CliEnvironment environment, bool json)
    {
        _environment = environment;
        Json = json;
        var terminal = environment.OutputIsTerminal && !json;
        var noColor = !string.IsNullOrEmpty(environment.Variable("NO_COLOR"));
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal && !noColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(environment.Out),
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
            Console.Profile.Width = int.MaxValue / 2;
    }

    public bool Json { get; }

    /// <summary>Whether to draw tables and colour.</summary>
    public bool Rich => _environment.OutputIsTerminal && !Json;

    /// <summary>stdout as a Spectre console: markup and tables render plainly when not on a terminal.</summary>
    public IAnsiConsole Console { get; }

    public void WriteJson<T>(T value, JsonTypeInfo<T> type)
    {
        _environment.Out.Write(JsonSerializer.Serialize(value, type));
        _environment.Out.Write('\n');
    }

    public void Line(string text = "") => _environment.Out.Write(text + "\n");

    /// <summary>A note for the person at the terminal, on stderr; never mixed into data.</summary>
    public void Note(string text)
    {
        if (!Json)
            _environment.Error.Write(text + "\n");
    }
}
