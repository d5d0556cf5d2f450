namespace Baton.Cli.Infrastructure;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Not found, findings, or a failed check or gate.</summary>
    public const int Failed = 1;

    /// <summary>Usage or input error: the command line, a file or stdin was wrong.</summary>
    public const int Usage = 2;

    public const int Interrupted = 130;

    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound or ErrorKind.Conflict or ErrorKind.Blocked => Failed,
        _ => Usage,
    };
}
