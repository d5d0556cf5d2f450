namespace Baton;

/// <summary>What kind of user error a <see cref="BatonException"/> is; adapters map it to exit codes or HTTP statuses.</summary>
public enum ErrorKind
{
    /// <summary>Malformed input or a wrong use of a command (CLI exit 2, HTTP 400).</summary>
    Input,

    /// <summary>Something named does not exist (CLI exit 1, HTTP 404).</summary>
    NotFound,

    /// <summary>The stored state moved on or forbids the change (CLI exit 1, HTTP 409).</summary>
    Conflict,

    /// <summary>The environment is not usable: no workspace, a corrupt or newer database (CLI exit 2, HTTP 500).</summary>
    Environment,

    /// <summary>A check stopped the operation: a privacy boundary that failed closed, a gate (CLI exit 1, HTTP 422).</summary>
    Blocked,
}
