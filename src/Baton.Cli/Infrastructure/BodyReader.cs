using System.Diagnostics;
using Baton.Library;

namespace Baton.Cli.Infrastructure;

/// <summary>Where a body comes from: --body (or "-" for stdin), --file, piped stdin, or $EDITOR on a terminal.</summary>
internal static class BodyReader
{
    public static async Task<string?> ReadAsync(string? body, string? file, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (body is not null && file is not null)
            throw BatonErrors.BodyTwice();
        if (body == "-" || (body is null && file is null && environment.InputRedirected))
        {
            await using var input = environment.OpenInput();
            return await TextInput.ReadStreamAsync(input, "stdin", cancellationToken);
        }

        if (body is not null)
            return body;
        if (file is not null)
            return await TextInput.ReadFileAsync(Path.Combine(environment.CurrentDirectory, file), cancellationToken);
        return null;
    }

    /// <summary>Opens $VISUAL or $EDITOR on a temporary file holding <paramref name="initial"/> and returns what was saved.</summary>
    public static async Task<string?> EditAsync(string initial, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var editor = environment.Variable("VISUAL") ?? environment.Variable("EDITOR");
        if (!environment.Interactive || string.IsNullOrWhiteSpace(editor))
            return null;
        var path = Path.Combine(Path.GetTempPath(), $"baton-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(path, initial, cancellationToken);
        try
        {
            var parts = editor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = new ProcessStartInfo(parts[0]) { UseShellExecute = false };
            foreach (var part in parts.Skip(1))
                start.ArgumentList.Add(part);
            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {editor}");
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? await TextInput.ReadFileAsync(path, cancellationToken) : null;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
