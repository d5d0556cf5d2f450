namespace Baton;

/// <summary>
/// An error the user can cause and fix. The message says what was wrong and what to do; adapters show it
/// as one line (CLI), a problem-details body (HTTP) or a safe tool error (MCP). Create these through
/// <see cref="BatonErrors"/> so that every message is written in one place.
/// </summary>
public sealed class BatonException : Exception
{
    internal BatonException(ErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public ErrorKind Kind { get; }
}
