namespace Baton.Transfer;

/// <summary>Something to say about one file of an import (why it was skipped, what is wrong); the path is relative to the folder.</summary>
public sealed record FileMessage(string Path, string Message);
