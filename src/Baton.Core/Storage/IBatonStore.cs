using Baton.Audit;
using Baton.Handoffs;
using Baton.Library;
using Baton.Prompts;

namespace Baton.Storage;

/// <summary>
/// The only way Baton talks to a database. Every method that changes state runs in one transaction and
/// writes its <see cref="StoredEvent"/> in that same transaction. Implementations: SQLite (embedded,
/// default) and, later, PostgreSQL; both must pass the store contract tests.
/// Ids passed in are full ids (see <see cref="ResolveIdAsync"/>); unknown ids throw <see cref="BatonException"/>.
/// </summary>
public interface IBatonStore : IAsyncDisposable, IPackStore
{
    /// <summary>Where the data lives, for messages (a file path or a server name).</summary>
    string Location { get; }

    /// <summary>The workspace's pseudonym vault, in the same database.</summary>
    IVaultStore Vault { get; }

    /// <summary>The texts the privacy scanner found nothing in, in the same database.</summary>
    IScanMemoryStore ScanMemory { get; }

    Task AddItemAsync(Item item, CancellationToken cancellationToken = default);

    /// <summary>Adds many items in one transaction: all or none.</summary>
    Task AddItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an item read from an export. A new item keeps its id, times and revision number; an existing one
    /// with the same content is left alone; one with other content gets the import as its next local revision,
    /// so local history is never lost.
    /// </summary>
    Task<ImportOutcome> ImportItemAsync(Item item, CancellationToken cancellationToken = default);

    /// <summary>Writes many items read from an export in one transaction, all or none; one outcome per item, in order.</summary>
    Task<IReadOnlyList<ImportOutcome>> ImportItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken = default);

    /// <summary>Writes a whole import (items, archived states, prompt names and labels, links) in one transaction, all or none.</summary>
    Task<ImportBatchResult> ImportAsync(ImportBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers an imported prompt item under its name (what <see cref="AddPromptVersionAsync"/> does for new prompts);
    /// false when it already is. A conflict when the name belongs to another item or the item has another name.
    /// </summary>
    Task<bool> RegisterPromptAsync(string name, string itemId, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Finds the one item whose id starts with <paramref name="prefix"/> (already normalised).</summary>
    Task<string> ResolveIdAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>The shortest prefix of each id, at least <paramref name="minLength"/> long, that no other item shares.</summary>
    Task<IReadOnlyDictionary<string, string>> ShortIdsAsync(IEnumerable<string> ids, int minLength, CancellationToken cancellationToken = default);

    Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every revision, oldest first, including the current one.</summary>
    Task<IReadOnlyList<ItemRevision>> GetRevisionsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes a new revision; throws a conflict if the item is no longer at <see cref="ItemChange.ExpectedRevision"/>.</summary>
    Task<Item> UpdateItemAsync(string id, ItemChange change, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task SetArchivedAsync(string id, bool archived, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the item, its revisions and links; the event log keeps its id, kind and title.</summary>
    Task DeleteItemAsync(string id, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Adds a link; returns false if it was already there.</summary>
    Task<bool> LinkAsync(string from, string type, string to, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes a link; returns false if there was none.</summary>
    Task<bool> UnlinkAsync(string from, string type, string to, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Links from and to the item.</summary>
    Task<IReadOnlyList<ItemLink>> GetLinksAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Items matching the filter, most recently updated first.</summary>
    Task<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Full-text search, best first. <paramref name="query"/> holds a checked FTS expression (see <see cref="SearchQuery"/>).</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, ItemFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Adds a version of the prompt <paramref name="name"/>: creates the prompt item, or writes a new revision of it.</summary>
    Task<PromptVersion> AddPromptVersionAsync(string name, Item draft, CancellationToken cancellationToken = default);

    Task<PromptInfo?> FindPromptAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PromptInfo>> ListPromptsAsync(CancellationToken cancellationToken = default);

    Task SetPromptLabelAsync(string name, string label, int version, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Events, oldest first; only those about <paramref name="subject"/> when given.</summary>
    Task<IReadOnlyList<StoredEvent>> GetEventsAsync(string? subject = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new handoff under the next free number (the one in <paramref name="handoff"/> is ignored) and
    /// returns it numbered. Throws an input error listing every schema violation.
    /// </summary>
    Task<Handoff> AddHandoffAsync(Handoff handoff, RevisionAuthor by, CancellationToken cancellationToken = default);

    Task<Handoff?> FindHandoffAsync(int number, CancellationToken cancellationToken = default);

    /// <summary>Handoffs matching the filter, newest number first.</summary>
    Task<IReadOnlyList<Handoff>> ListHandoffsAsync(HandoffFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <see cref="HandoffChange.Next"/> if the stored handoff is still at the revision before it (else a
    /// conflict), with its event, and dismisses standing approvals when the change says so. One transaction.
    /// </summary>
    Task<Handoff> UpdateHandoffAsync(HandoffChange change, CancellationToken cancellationToken = default);

    /// <summary>Records a review with its event and, when given, the handoff change it causes; one transaction.</summary>
    Task AddReviewAsync(Review review, HandoffChange? change, CancellationToken cancellationToken = default);

    /// <summary>Reviews of a handoff, oldest first, dismissed ones included.</summary>
    Task<IReadOnlyList<Review>> GetReviewsAsync(string handoffId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a feedback item on a handoff in one transaction: the item, its tie to the handoff, and a
    /// <c>references</c> link to <paramref name="referencesItemId"/> when given; each with its event.
    /// </summary>
    Task AddFeedbackAsync(string handoffId, Item feedback, string? referencesItemId, CancellationToken cancellationToken = default);

    /// <summary>Feedback items on a handoff, oldest first.</summary>
    Task<IReadOnlyList<Item>> GetFeedbackAsync(string handoffId, CancellationToken cancellationToken = default);

    /// <summary>Walks the event log's hash chain from the first event and reports the first break.</summary>
    Task<ChainCheck> VerifyEventChainAsync(CancellationToken cancellationToken = default);
}
