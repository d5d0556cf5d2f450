using Baton.Library;

namespace Baton.Transfer;

/// <summary>What one exported Markdown file holds: an item, the links that start at it and, for a prompt, its name and labels.</summary>
internal sealed record ItemFile(Item Item, IReadOnlyList<FileLink> Links, FilePrompt? Prompt);
