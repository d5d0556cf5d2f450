namespace Baton.Library;

/// <summary>One immutable revision of an item, as it was when it was written.</summary>
public sealed record ItemRevision(
    int Revision,
    string Title,
    string Body,
    IReadOnlyList<string> Tags,
    Sensitivity Sensitivity,
    RevisionAuthor Author,
    DateTimeOffset At);
