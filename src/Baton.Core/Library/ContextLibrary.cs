using System.Text;
using Baton.Storage;
using Baton.Workspaces;

namespace Baton.Library;

/// <summary>
/// The context library's operations, for every adapter (CLI, MCP, REST): validation, ids and times here;
/// persistence in the <see cref="IBatonStore"/>. Ids given by users may be prefixes.
/// </summary>
public sealed class ContextLibrary(IBatonStore store, TimeProvider time, WorkspaceConfig config)
{
    public const int MaxTitleLength = 300;

    public IBatonStore Store => store;

    /// <summary>The current time at the store's precision (milliseconds), so that what is written reads back equal.</summary>
    public DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
    }

    public async Task<Item> AddAsync(NewItem draft, CancellationToken cancellationToken = default)
    {
        var item = Create(draft, Now());
        await store.AddItemAsync(item, cancellationToken);
        return item;
    }

    /// <summary>Adds many items in one transaction; if one is invalid, none is written.</summary>
    public async Task<IReadOnlyList<Item>> AddManyAsync(IEnumerable<NewItem> drafts, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var items = drafts.Select(d => Create(d, now)).ToList();
        await store.AddItemsAsync(items, cancellationToken);
        return items;
    }

    /// <summary>Validates a draft and gives it an id, times and revision 1.</summary>
    public Item Create(NewItem draft, DateTimeOffset at) => new()
    {
        Id = ItemIds.New(at),
        Kind = draft.Kind,
        Title = CheckTitle(draft.Title),
        Body = CheckBody(draft.Body),
        Tags = Tags.Normalize(draft.Tags),
        Sensitivity = draft.Sensitivity,
        Source = draft.Source,
        Anchor = draft.Anchor,
        Revision = 1,
        RevisedBy = RevisionAuthor.From(draft.Source),
        CreatedAt = at,
        UpdatedAt = at,
    };

    public async Task<string> ResolveAsync(string idOrPrefix, CancellationToken cancellationToken = default) =>
        await store.ResolveIdAsync(ItemIds.NormalizePrefix(idOrPrefix), cancellationToken);

    public async Task<Item> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        var id = await ResolveAsync(idOrPrefix, cancellationToken);
        return await store.FindItemAsync(id, cancellationToken) ?? throw BatonErrors.ItemNotFound(idOrPrefix);
    }

    public async Task<Item> EditAsync(string idOrPrefix, ItemEdit edit, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(idOrPrefix, cancellationToken);
        if (current.Kind == ItemKind.Prompt && edit.Body is not null)
            throw BatonErrors.PromptBodyViaEdit(current.Title);
        var tags = edit.Tags is not null || edit.AddTags.Count > 0 || edit.RemoveTags.Count > 0
            ? EditTags(edit.Tags is null ? current.Tags : Tags.Normalize(edit.Tags), edit.AddTags, edit.RemoveTags)
            : null;
        var change = new ItemChange
        {
            Title = edit.Title is null ? null : CheckTitle(edit.Title),
            Body = edit.Body is null ? null : CheckBody(edit.Body),
            Tags = tags,
            Sensitivity = edit.Sensitivity,
            Author = edit.Author,
            ExpectedRevision = edit.ExpectedRevision ?? current.Revision,
        };
        if (change is { Title: null, Body: null, Tags: null, Sensitivity: null })
            throw BatonErrors.NothingToChange();
        if ((change.Title ?? current.Title) == current.Title && (change.Body ?? current.Body) == current.Body
            && (change.Tags ?? current.Tags).SequenceEqual(current.Tags) && (change.Sensitivity ?? current.Sensitivity) == current.Sensitivity)
        {
            return current;
        }

        return await store.UpdateItemAsync(current.Id, change, Now(), cancellationToken);
    }

    private static IReadOnlyList<string> EditTags(IReadOnlyList<string> start, IReadOnlyList<string> add, IReadOnlyList<string> remove)
    {
        var removed = Tags.Normalize(remove);
        return [.. start.Concat(Tags.Normalize(add)).Distinct().Where(t => !removed.Contains(t))];
    }

    public async Task<IReadOnlyList<ItemRevision>> RevisionsAsync(string idOrPrefix, CancellationToken cancellationToken = default) =>
        await store.GetRevisionsAsync(await ResolveAsync(idOrPrefix, cancellationToken), cancellationToken);

    public async Task<Item> ArchiveAsync(string idOrPrefix, bool archived, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        var id = await ResolveAsync(idOrPrefix, cancellationToken);
        await store.SetArchivedAsync(id, archived, by, Now(), cancellationToken);
        return (await store.FindItemAsync(id, cancellationToken))!;
    }

    public async Task<Item> DeleteAsync(string idOrPrefix, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(idOrPrefix, cancellationToken);
        await store.DeleteItemAsync(item.Id, by, Now(), cancellationToken);
        return item;
    }

    public async Task<(ItemLink Link, bool Added)> LinkAsync(string from, string type, string to, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        var rel = LinkType.Parse(type);
        var source = await GetAsync(from, cancellationToken);
        var target = await GetAsync(to, cancellationToken);
        if (source.Id == target.Id)
            throw BatonErrors.SelfLink(source.Id);
        var at = Now();
        var added = await store.LinkAsync(source.Id, rel, target.Id, by, at, cancellationToken);
        return (new ItemLink(source.Id, source.Title, rel, target.Id, target.Title, at), added);
    }

    public async Task<bool> UnlinkAsync(string from, string type, string to, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        var rel = LinkType.Parse(type);
        var source = await ResolveAsync(from, cancellationToken);
        var target = await ResolveAsync(to, cancellationToken);
        return await store.UnlinkAsync(source, rel, target, by, Now(), cancellationToken);
    }

    public Task<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        store.ListAsync(filter, cancellationToken);

    public Task<SearchResults> SearchAsync(string query, ItemFilter filter, CancellationToken cancellationToken = default) =>
        store.SearchAsync(SearchQuery.Parse(query), filter, cancellationToken);

    public static string CheckTitle(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
            throw BatonErrors.EmptyTitle();
        if (trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal))
            trimmed = string.Join(' ', trimmed.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return trimmed.Length > MaxTitleLength ? throw BatonErrors.TitleTooLong(trimmed.Length, MaxTitleLength) : trimmed;
    }

    public string CheckBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            throw BatonErrors.EmptyBody();
        // Cheap upper bound first: a UTF-8 encoding is at most 3 bytes per UTF-16 unit.
        if ((long)body.Length * 3 > config.MaxBodyBytes)
        {
            var bytes = Encoding.UTF8.GetByteCount(body);
            if (bytes > config.MaxBodyBytes)
                throw BatonErrors.BodyTooLarge(bytes, config.MaxBodyBytes);
        }

        return body;
    }
}
