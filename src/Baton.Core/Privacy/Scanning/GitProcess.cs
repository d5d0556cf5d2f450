using System.Diagnostics;
using System.Text;

namespace Baton.Privacy.Scanning;

/// <summary>
/// Runs the user's <c>git</c> for a scan: unlike <see cref="Git.GitProbe"/>, a failure is an answer the scan needs
/// (an unknown ref, not a repository), so the exit code and git's own message are kept, and output can be streamed.
/// </summary>
internal static class GitProcess
{
    /// <summary>Options every scan's git call takes: no pager, no colour, paths as they are, no optional locks.</summary>
    private static readonly string[] CommonOptions = ["--no-optional-locks", "-c", "core.quotePath=false", "-c", "color.ui=false"];

    public static Process Start(string directory, IReadOnlyList<string> arguments, bool redirectInput = false)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var option in CommonOptions)
            start.ArgumentList.Add(option);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(start) ?? throw BatonErrors.GitNotRunnable("the process did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw BatonErrors.GitNotRunnable(e.Message);
        }
    }

    /// <summary>Runs git to the end; returns its exit code, stdout (UTF-8) and the first line of stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(directory, arguments);
        var output = ReadAllAsync(process.StandardOutput.BaseStream, cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var message = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return (process.ExitCode, Encoding.UTF8.GetString(await output), message);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
