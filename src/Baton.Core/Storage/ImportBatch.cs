using Baton.Library;

namespace Baton.Storage;

/// <summary>
/// Everything one import writes: items, their archived state, prompt names and labels, and links. A store applies
/// it in one transaction, so an import that fails half way leaves the library as it was.
/// </summary>
public sealed record ImportBatch(IReadOnlyList<ImportEntry> Entries, IReadOnlyList<ImportLink> Links, RevisionAuthor By, DateTimeOffset At);

/// <param name="Item">The item as exported, with its id, revision and dates.</param>
/// <param name="ArchiveChanges">Whether the item's archived state differs from the stored one and must be set to the item's.</param>
/// <param name="Prompt">The prompt name and labels, for a prompt.</param>
public sealed record ImportEntry(Item Item, bool ArchiveChanges = false, ImportPrompt? Prompt = null);

/// <summary>A prompt's name and its labels (label → version).</summary>
public sealed record ImportPrompt(string Name, IReadOnlyDictionary<string, int> Labels);

/// <summary>A link between two items that exist once the batch's items are written; <see cref="At"/> null means the batch's time.</summary>
public sealed record ImportLink(string From, string Type, string To, DateTimeOffset? At);

/// <summary>One outcome per entry, in order (an unchanged item whose archived state or prompt labels changed counts as updated), and the number of links added.</summary>
public sealed record ImportBatchResult(IReadOnlyList<ImportOutcome> Outcomes, int LinksAdded);
