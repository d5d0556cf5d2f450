namespace Baton.Cli.Json;

/// <summary>What <c>export</c> wrote, and what the privacy boundary of its target did to it.</summary>
internal sealed record ExportJson(
    string Directory,
    int Created,
    int Updated,
    int Unchanged,
    int ArchivedLeftOut,
    IReadOnlyList<TransferFileJson> Files,
    IReadOnlyList<string> Removed,
    string Target,
    int Withheld,
    int ItemsWithSecrets,
    int ItemsWithPersonalData,
    int TagsLeftOut,
    IReadOnlyList<string> WithheldEarlierFiles,
    PrivacyReportJson Privacy);
