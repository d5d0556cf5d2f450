using Baton.Library;

namespace Baton.Prompts;

/// <summary>A line of a prompt's history: the version, when and by whom it was added, and the labels that point at it.</summary>
public sealed record PromptVersionInfo(int Version, DateTimeOffset At, RevisionAuthor Author, string Title, IReadOnlyList<string> Labels);
