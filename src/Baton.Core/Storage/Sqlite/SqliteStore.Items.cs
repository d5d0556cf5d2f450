using System.Text.Json;
using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task AddItemAsync(Item item, CancellationToken cancellationToken = default) =>
        AddItemsAsync([item], cancellationToken);

    public Task AddItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            using var inserter = new ItemInserter(this, transaction);
            using var events = PrepareEvent(transaction);
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inserter.Insert(item);
                AppendEvent(events, item.CreatedAt, item.RevisedBy, "item.created", item.Id,
                    $$"""{"kind":"{{item.Kind.Name()}}","revision":{{item.Revision}}}""");
            }

            inserter.Index();
        });
        return Task.CompletedTask;
    }

    public async Task<ImportOutcome> ImportItemAsync(Item item, CancellationToken cancellationToken = default) =>
        (await ImportItemsAsync([item], cancellationToken))[0];

    public Task<IReadOnlyList<ImportOutcome>> ImportItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ImportOutcome>>(Write(transaction => ImportItems(items, transaction, cancellationToken)));

    public Task<ImportBatchResult> ImportAsync(ImportBatch batch, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            var outcomes = ImportItems([.. batch.Entries.Select(e => e.Item)], transaction, cancellationToken);
            for (var i = 0; i < batch.Entries.Count; i++)
            {
                var (item, archiveChanges, prompt) = batch.Entries[i];
                var changed = false;
                if (archiveChanges)
                {
                    SetArchived(item.Id, item.ArchivedAt is not null, batch.By, item.ArchivedAt ?? batch.At, transaction);
                    changed = true;
                }

                if (prompt is not null)
                    changed |= ImportPromptNames(item.Id, prompt, batch.By, batch.At, transaction);
                if (changed && outcomes[i] == ImportOutcome.Unchanged)
                    outcomes[i] = ImportOutcome.Updated;
            }

            var added = batch.Links.Count(link => Link(link.From, link.Type, link.To, batch.By, link.At ?? batch.At, transaction));
            return new ImportBatchResult(outcomes, added);
        }));

    private List<ImportOutcome> ImportItems(IReadOnlyList<Item> items, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        // One inserter for the batch, so new items are indexed together as AddItemsAsync does.
        using var inserter = new ItemInserter(this, transaction);
        using var events = PrepareEvent(transaction);
        var outcomes = new List<ImportOutcome>(items.Count);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(ImportItem(item, inserter, events, transaction));
        }

        inserter.Index();
        return outcomes;
    }

    /// <summary>Registers an imported prompt's name and sets the labels that differ; whether anything changed.</summary>
    private bool ImportPromptNames(string itemId, ImportPrompt prompt, RevisionAuthor by, DateTimeOffset at, SqliteTransaction transaction)
    {
        var changed = RegisterPrompt(prompt.Name, itemId, by, at, transaction);
        var current = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var labels = Command("SELECT label, revision FROM prompt_labels WHERE name = $name", transaction))
        {
            labels.Parameters.AddWithValue("$name", prompt.Name);
            using var reader = labels.ExecuteReader();
            while (reader.Read())
                current[reader.GetString(0)] = reader.GetInt32(1);
        }

        foreach (var (label, version) in prompt.Labels)
        {
            if (current.GetValueOrDefault(label) == version)
                continue;
            SetPromptLabel(prompt.Name, label, version, by, at, transaction);
            changed = true;
        }

        return changed;
    }

    private ImportOutcome ImportItem(Item item, ItemInserter inserter, SqliteCommand events, SqliteTransaction transaction)
    {
        var existing = ReadItemRow(item.Id, transaction);
        if (existing is null)
        {
            inserter.Insert(item);
            AppendEvent(events, item.UpdatedAt, item.RevisedBy, "item.imported", item.Id, null);
            return ImportOutcome.Created;
        }

        var (rowid, current) = existing.Value;
        if (SameContent(current, item))
            return ImportOutcome.Unchanged;

        var change = new ItemChange
        {
            Title = item.Title,
            Body = item.Body,
            Tags = item.Tags,
            Sensitivity = item.Sensitivity,
            Author = item.RevisedBy,
            ExpectedRevision = current.Revision,
        };
        inserter.Index(); // the update trigger rewrites index rows, so everything before it must be indexed
        WriteRevision(rowid, current, change, item.UpdatedAt, transaction);
        return ImportOutcome.Updated;
    }

    public Task<bool> RegisterPromptAsync(string name, string itemId, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction => RegisterPrompt(name, itemId, by, at, transaction)));

    private bool RegisterPrompt(string name, string itemId, RevisionAuthor by, DateTimeOffset at, SqliteTransaction transaction)
    {
        var (rowid, item) = RequireItemRow(itemId, transaction);
        if (item.Kind != ItemKind.Prompt)
            throw BatonErrors.NotAPrompt(itemId);
        using (var find = Command("SELECT p.name, i.id FROM prompts p JOIN items i ON i.rowid = p.item WHERE p.name = $name OR p.item = $item", transaction))
        {
            find.Parameters.AddWithValue("$name", name);
            find.Parameters.AddWithValue("$item", rowid);
            using var r = find.ExecuteReader();
            while (r.Read())
            {
                var (registeredName, registeredId) = (r.GetString(0), r.GetString(1));
                if (registeredName == name && registeredId == itemId)
                    return false;
                throw registeredName == name ? BatonErrors.PromptNameTaken(name, registeredId) : BatonErrors.PromptAlreadyNamed(itemId, registeredName);
            }
        }

        using (var register = Command("INSERT INTO prompts (name, item) VALUES ($name, $item)", transaction))
        {
            register.Parameters.AddWithValue("$name", name);
            register.Parameters.AddWithValue("$item", rowid);
            register.ExecuteNonQuery();
        }

        using var events = PrepareEvent(transaction);
        AppendEvent(events, at, by, "prompt.registered", itemId, $$"""{"name":"{{JsonEncodedText.Encode(name)}}"}""");
        return true;
    }

    private static bool SameContent(Item a, Item b) =>
        a.Title == b.Title && a.Body == b.Body && a.Sensitivity == b.Sensitivity && a.Tags.SequenceEqual(b.Tags);

    public Task<string> ResolveIdAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var matches = IdsStartingWith("items", prefix);
        return matches.Count switch
        {
            0 => throw BatonErrors.ItemNotFound(prefix),
            1 => Task.FromResult(matches[0]),
            _ => throw BatonErrors.AmbiguousId(prefix, matches),
        };
    }

    /// <summary>Up to six ids of <paramref name="table"/> that start with <paramref name="prefix"/>, in order: enough to tell one from many.</summary>
    private List<string> IdsStartingWith(string table, string prefix)
    {
        using var command = Command($"SELECT id FROM {table} WHERE id >= $lo AND id < $hi ORDER BY id LIMIT 6");
        command.Parameters.AddWithValue("$lo", prefix);
        command.Parameters.AddWithValue("$hi", prefix + "~");
        var matches = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            matches.Add(reader.GetString(0));
        return matches;
    }

    public Task<IReadOnlyDictionary<string, string>> ShortIdsAsync(IEnumerable<string> ids, int minLength, CancellationToken cancellationToken = default)
    {
        using var before = Command("SELECT id FROM items WHERE id < $id ORDER BY id DESC LIMIT 1");
        using var after = Command("SELECT id FROM items WHERE id > $id ORDER BY id LIMIT 1");
        before.Parameters.Add("$id", SqliteType.Text);
        after.Parameters.Add("$id", SqliteType.Text);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (result.ContainsKey(id))
                continue;
            before.Parameters[0].Value = id;
            after.Parameters[0].Value = id;
            var shared = Math.Max(CommonPrefix(id, before.ExecuteScalar() as string), CommonPrefix(id, after.ExecuteScalar() as string));
            result[id] = id[..Math.Min(id.Length, Math.Max(minLength, shared + 1))];
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(result);
    }

    private static int CommonPrefix(string a, string? b)
    {
        if (b is null)
            return 0;
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
            n++;
        return n;
    }

    public Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadItemRow(id, null)?.Item);

    private (long RowId, Item Item)? ReadItemRow(string id, SqliteTransaction? transaction)
    {
        using var command = Command($"SELECT i.rowid, {ItemColumns} FROM items i WHERE i.id = $id", transaction);
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), ReadItem(reader, 1)) : null;
    }

    private (long RowId, Item Item) RequireItemRow(string id, SqliteTransaction? transaction) =>
        ReadItemRow(id, transaction) ?? throw BatonErrors.ItemNotFound(id);

    public Task<IReadOnlyList<ItemRevision>> GetRevisionsAsync(string id, CancellationToken cancellationToken = default)
    {
        var (rowid, item) = RequireItemRow(id, null);
        var revisions = new List<ItemRevision>();
        using var command = Command("""
            SELECT revision, title, body, tags, sensitivity, rev_actor, rev_name, rev_tool, rev_model, at
            FROM item_revisions WHERE item = $item ORDER BY revision
            """);
        command.Parameters.AddWithValue("$item", rowid);
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                revisions.Add(new ItemRevision(r.GetInt32(0), r.GetString(1), r.GetString(2), SplitTags(r.GetString(3)),
                    (Sensitivity)r.GetInt32(4), new RevisionAuthor(ActorKinds.Parse(r.GetString(5)), r.GetString(6), Text(r, 7), Text(r, 8)),
                    Time(r.GetInt64(9))));
            }
        }

        revisions.Add(new ItemRevision(item.Revision, item.Title, item.Body, item.Tags, item.Sensitivity, item.RevisedBy, item.UpdatedAt));
        return Task.FromResult<IReadOnlyList<ItemRevision>>(revisions);
    }

    public Task<Item> UpdateItemAsync(string id, ItemChange change, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            var (rowid, current) = RequireItemRow(id, transaction);
            if (current.Revision != change.ExpectedRevision)
                throw BatonErrors.RevisionConflict(id, change.ExpectedRevision, current.Revision);
            return WriteRevision(rowid, current, change, at, transaction);
        }));

    /// <summary>Copies the current row into item_revisions and writes the change as the next revision.</summary>
    private Item WriteRevision(long rowid, Item current, ItemChange change, DateTimeOffset at, SqliteTransaction transaction)
    {
        using (var copy = Command("""
            INSERT INTO item_revisions (item, revision, title, body, tags, sensitivity, rev_actor, rev_name, rev_tool, rev_model, at)
            SELECT rowid, revision, title, body, tags, sensitivity, rev_actor, rev_name, rev_tool, rev_model, updated_at
            FROM items WHERE rowid = $item
            """, transaction))
        {
            copy.Parameters.AddWithValue("$item", rowid);
            copy.ExecuteNonQuery();
        }

        var next = current with
        {
            Title = change.Title ?? current.Title,
            Body = change.Body ?? current.Body,
            Tags = change.Tags ?? current.Tags,
            Sensitivity = change.Sensitivity ?? current.Sensitivity,
            Revision = current.Revision + 1,
            RevisedBy = change.Author,
            UpdatedAt = at,
        };
        using (var update = Command("""
            UPDATE items SET title = $title, body = $body, tags = $tags, sensitivity = $sensitivity, revision = $revision,
                updated_at = $at, rev_actor = $actor, rev_name = $name, rev_tool = $tool, rev_model = $model
            WHERE rowid = $item
            """, transaction))
        {
            update.Parameters.AddWithValue("$title", next.Title);
            update.Parameters.AddWithValue("$body", next.Body);
            update.Parameters.AddWithValue("$tags", JoinTags(next.Tags));
            update.Parameters.AddWithValue("$sensitivity", (int)next.Sensitivity);
            update.Parameters.AddWithValue("$revision", next.Revision);
            update.Parameters.AddWithValue("$at", Millis(at));
            update.Parameters.AddWithValue("$actor", change.Author.Actor.Name());
            update.Parameters.AddWithValue("$name", change.Author.Name);
            update.Parameters.AddWithValue("$tool", Db(change.Author.Tool));
            update.Parameters.AddWithValue("$model", Db(change.Author.Model));
            update.Parameters.AddWithValue("$item", rowid);
            update.ExecuteNonQuery();
        }

        if (change.Tags is not null)
            ReplaceTags(rowid, change.Tags, transaction);

        using var events = PrepareEvent(transaction);
        AppendEvent(events, at, change.Author, "item.revised", current.Id, $$"""{"revision":{{next.Revision}}}""");
        return next;
    }

    private void ReplaceTags(long rowid, IReadOnlyList<string> tags, SqliteTransaction transaction)
    {
        using (var delete = Command("DELETE FROM item_tags WHERE item = $item", transaction))
        {
            delete.Parameters.AddWithValue("$item", rowid);
            delete.ExecuteNonQuery();
        }

        using var insert = Command("INSERT INTO item_tags (tag, item) VALUES ($tag, $item)", transaction);
        insert.Parameters.Add("$tag", SqliteType.Text);
        insert.Parameters.AddWithValue("$item", rowid);
        foreach (var tag in tags)
        {
            insert.Parameters[0].Value = tag;
            insert.ExecuteNonQuery();
        }
    }

    public Task SetArchivedAsync(string id, bool archived, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Write(transaction => SetArchived(id, archived, by, at, transaction));
        return Task.CompletedTask;
    }

    private void SetArchived(string id, bool archived, RevisionAuthor by, DateTimeOffset at, SqliteTransaction transaction)
    {
        var (rowid, item) = RequireItemRow(id, transaction);
        if (archived && item.ArchivedAt is not null)
            throw BatonErrors.AlreadyArchived(id);
        if (!archived && item.ArchivedAt is null)
            throw BatonErrors.NotArchived(id);
        using var update = Command("UPDATE items SET archived_at = $at WHERE rowid = $item", transaction);
        update.Parameters.AddWithValue("$at", archived ? Millis(at) : DBNull.Value);
        update.Parameters.AddWithValue("$item", rowid);
        update.ExecuteNonQuery();
        using var events = PrepareEvent(transaction);
        AppendEvent(events, at, by, archived ? "item.archived" : "item.unarchived", id, null);
    }

    public Task DeleteItemAsync(string id, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            var (rowid, item) = RequireItemRow(id, transaction);
            using var delete = Command("DELETE FROM items WHERE rowid = $item", transaction);
            delete.Parameters.AddWithValue("$item", rowid);
            delete.ExecuteNonQuery();
            using var events = PrepareEvent(transaction);
            AppendEvent(events, at, by, "item.deleted", id, JsonSerializer.Serialize(
                new DeletedItem(item.Kind.Name(), item.Title, item.Revision), StoreJsonContext.Default.DeletedItem));
        });
        return Task.CompletedTask;
    }

    public Task<bool> LinkAsync(string from, string type, string to, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction => Link(from, type, to, by, at, transaction)));

    private bool Link(string from, string type, string to, RevisionAuthor by, DateTimeOffset at, SqliteTransaction transaction)
    {
        var source = RequireItemRow(from, transaction).RowId;
        var target = RequireItemRow(to, transaction).RowId;
        using var insert = Command("""
            INSERT INTO item_links (source, type, target, created_at) VALUES ($source, $type, $target, $at)
            ON CONFLICT DO NOTHING
            """, transaction);
        insert.Parameters.AddWithValue("$source", source);
        insert.Parameters.AddWithValue("$type", type);
        insert.Parameters.AddWithValue("$target", target);
        insert.Parameters.AddWithValue("$at", Millis(at));
        if (insert.ExecuteNonQuery() == 0)
            return false;
        using var events = PrepareEvent(transaction);
        AppendEvent(events, at, by, "item.linked", from, JsonSerializer.Serialize(new LinkChange(type, to), StoreJsonContext.Default.LinkChange));
        return true;
    }

    public Task<bool> UnlinkAsync(string from, string type, string to, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            var source = RequireItemRow(from, transaction).RowId;
            var target = RequireItemRow(to, transaction).RowId;
            using var delete = Command("DELETE FROM item_links WHERE source = $source AND type = $type AND target = $target", transaction);
            delete.Parameters.AddWithValue("$source", source);
            delete.Parameters.AddWithValue("$type", type);
            delete.Parameters.AddWithValue("$target", target);
            if (delete.ExecuteNonQuery() == 0)
                return false;
            using var events = PrepareEvent(transaction);
            AppendEvent(events, at, by, "item.unlinked", from, JsonSerializer.Serialize(new LinkChange(type, to), StoreJsonContext.Default.LinkChange));
            return true;
        }));

    public Task<IReadOnlyList<ItemLink>> GetLinksAsync(string id, CancellationToken cancellationToken = default)
    {
        var rowid = RequireItemRow(id, null).RowId;
        using var command = Command("""
            SELECT s.id, s.title, l.type, t.id, t.title, l.created_at
            FROM item_links l JOIN items s ON s.rowid = l.source JOIN items t ON t.rowid = l.target
            WHERE l.source = $item OR l.target = $item
            ORDER BY l.created_at, l.type
            """);
        command.Parameters.AddWithValue("$item", rowid);
        using var r = command.ExecuteReader();
        var links = new List<ItemLink>();
        while (r.Read())
            links.Add(new ItemLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Time(r.GetInt64(5))));
        return Task.FromResult<IReadOnlyList<ItemLink>>(links);
    }
}
