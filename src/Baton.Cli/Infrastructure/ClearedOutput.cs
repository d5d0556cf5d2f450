using Baton.Privacy.Boundaries;

namespace Baton.Cli.Infrastructure;

/// <summary>
/// Where the text of an outflow command (<c>prompt render</c>, <c>redact</c>) is written: stdout or an --out file. It
/// takes only <see cref="PrivacyBoundary.Cleared"/> text, so such a command cannot print what did not pass its
/// boundary (ArchitectureTests keeps those commands off the raw writers).
/// </summary>
internal static class ClearedOutput
{
    public static void Write(TextWriter writer, PrivacyBoundary.Cleared text) => writer.Write(text.Text);

    /// <summary>Writes with a final line break added when the text has none (a terminal prompt then starts on its own line).</summary>
    public static void WriteLine(TextWriter writer, PrivacyBoundary.Cleared text) =>
        writer.Write(text.Text.EndsWith('\n') ? text.Text : text.Text + "\n");

    /// <summary>Writes the file beside <paramref name="path"/>, readable by its owner only, then replaces it in one step (<see cref="TextOutput"/>).</summary>
    public static Task WriteFileAsync(string path, PrivacyBoundary.Cleared text, CancellationToken cancellationToken) =>
        TextOutput.WriteAsync(path, text.Text, cancellationToken);
}
