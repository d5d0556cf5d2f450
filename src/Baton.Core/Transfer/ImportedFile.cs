using Baton.Storage;

namespace Baton.Transfer;

/// <summary>One file's item and what the import did (or, in a dry run, would do) with it.</summary>
public sealed record ImportedFile(string Path, string Id, ImportOutcome Outcome);
