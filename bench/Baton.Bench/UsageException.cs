namespace Baton.Bench;

/// <summary>A mistake on the command line: printed with the usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
