using System.Text;

namespace Baton.Cli.Infrastructure;

/// <summary>Writes a command's text to a file given with --out.</summary>
internal static class TextOutput
{
    /// <summary>
    /// Writes beside <paramref name="path"/> (readable by the owner only: the text may hold real values) and then
    /// replaces it in one step, so a failure leaves the old file, and --out may name the input.
    /// </summary>
    public static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var stream = new FileStream(temporary, options))
                await stream.WriteAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
            throw BatonErrors.CannotWrite(path, e);
        }
    }
}
