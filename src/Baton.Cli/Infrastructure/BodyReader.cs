using System.Diagnostics;
using Baton.Library;

namespace Baton.Cli.Infrastructure;

/// <summary>Where a body comes from: --body (or "-" for stdin), --file, piped stdin, or $EDITOR on a terminal.</summary>
internal static class BodyReader
{
    /// <param name="pipedStdin">Whether piped stdin is the body when neither --body nor --file is given (add: yes;
    /// edit: no, since an edit of tags or title must not read, or wait on, whatever stdin a script left open).</param>
    public static async Task<string?> ReadAsync(string? body, string? file, CliEnvironment environment, bool pipedStdin, CancellationToken cancellationToken)
    {
        if (body is not null && file is not null)
            throw BatonErrors.BodyTwice();
        if (StdinArgument.Is(body) || (pipedStdin && body is null && file is null && environment.InputRedirected))
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
        // A folder only the user can read: the body may be confidential.
        var folder = Directory.CreateTempSubdirectory("baton-edit-");
        var path = Path.Combine(folder.FullName, "body.md");
        await File.WriteAllTextAsync(path, initial, cancellationToken);
        try
        {
            var parts = editor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = new ProcessStartInfo(parts[0]) { UseShellExecute = false };
            foreach (var part in parts.Skip(1))
                start.ArgumentList.Add(part);
            start.ArgumentList.Add(path);
            Process? started;
            try
            {
                started = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw BatonErrors.EditorFailed(editor, e);
            }

            using var process = started ?? throw BatonErrors.EditorFailed(editor, null);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? await TextInput.ReadFileAsync(path, cancellationToken) : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
