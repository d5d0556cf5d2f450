namespace Baton.Cli.Json;

/// <summary>What <c>export</c> wrote.</summary>
internal sealed record ExportJson(
    string Directory,
    int Created,
    int Updated,
    int Unchanged,
    int ArchivedLeftOut,
    IReadOnlyList<TransferFileJson> Files,
    IReadOnlyList<string> Removed);
