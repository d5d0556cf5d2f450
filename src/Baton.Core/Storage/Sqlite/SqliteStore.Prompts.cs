using System.Text.Json;
using Baton.Library;
using Baton.Prompts;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<PromptVersion> AddPromptVersionAsync(string name, Item draft, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            using var find = Command("SELECT i.id FROM prompts p JOIN items i ON i.rowid = p.item WHERE p.name = $name", transaction);
            find.Parameters.AddWithValue("$name", name);
            if (find.ExecuteScalar() is string existingId)
            {
                var (rowid, current) = RequireItemRow(existingId, transaction);
                var change = new ItemChange
                {
                    Title = draft.Title,
                    Body = draft.Body,
                    Tags = draft.Tags,
                    Sensitivity = draft.Sensitivity,
                    Author = draft.RevisedBy,
                    ExpectedRevision = current.Revision,
                };
                var next = WriteRevision(rowid, current, change, draft.UpdatedAt, transaction);
                return new PromptVersion(name, existingId, next.Revision);
            }

            long newRowId;
            using (var inserter = new ItemInserter(this, transaction))
            {
                newRowId = inserter.Insert(draft);
                inserter.Index();
            }
            using (var register = Command("INSERT INTO prompts (name, item) VALUES ($name, $item)", transaction))
            {
                register.Parameters.AddWithValue("$name", name);
                register.Parameters.AddWithValue("$item", newRowId);
                register.ExecuteNonQuery();
            }

            using var events = PrepareEvent(transaction);
            AppendEvent(events, draft.CreatedAt, draft.RevisedBy, "item.created", draft.Id, $$"""{"kind":"prompt","revision":1}""");
            return new PromptVersion(name, draft.Id, draft.Revision);
        }));

    public Task<PromptInfo?> FindPromptAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadPrompts(name).FirstOrDefault());

    public Task<IReadOnlyList<PromptInfo>> ListPromptsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PromptInfo>>(ReadPrompts(null));

    private List<PromptInfo> ReadPrompts(string? name)
    {
        using var command = Command($"""
            SELECT p.name, i.id, i.title, i.revision, i.updated_at, l.label, l.revision
            FROM prompts p JOIN items i ON i.rowid = p.item LEFT JOIN prompt_labels l ON l.name = p.name
            {(name is null ? "" : "WHERE p.name = $name")}
            ORDER BY p.name, l.label
            """);
        if (name is not null)
            command.Parameters.AddWithValue("$name", name);
        var prompts = new List<PromptInfo>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var promptName = r.GetString(0);
            if (prompts.Count == 0 || prompts[^1].Name != promptName)
                prompts.Add(new PromptInfo(promptName, r.GetString(1), r.GetString(2), r.GetInt32(3), new SortedDictionary<string, int>(StringComparer.Ordinal), Time(r.GetInt64(4))));
            if (!r.IsDBNull(5))
                ((SortedDictionary<string, int>)prompts[^1].Labels)[r.GetString(5)] = r.GetInt32(6);
        }

        return prompts;
    }

    public Task SetPromptLabelAsync(string name, string label, int version, RevisionAuthor by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Write(transaction => SetPromptLabel(name, label, version, by, at, transaction));
        return Task.CompletedTask;
    }

    private void SetPromptLabel(string name, string label, int version, RevisionAuthor by, DateTimeOffset at, SqliteTransaction transaction)
    {
        string? id = null;
        var latest = 0;
        using (var find = Command("SELECT i.id, i.revision FROM prompts p JOIN items i ON i.rowid = p.item WHERE p.name = $name", transaction))
        {
            find.Parameters.AddWithValue("$name", name);
            using var r = find.ExecuteReader();
            if (r.Read())
                (id, latest) = (r.GetString(0), r.GetInt32(1));
        }

        // A label must point at a version of a prompt that exists.
        if (id is null)
            throw BatonErrors.PromptNotFound(name);
        if (version < 1 || version > latest)
            throw BatonErrors.RevisionNotFound(id, version, latest);

        using var upsert = Command("""
            INSERT INTO prompt_labels (name, label, revision, set_at) VALUES ($name, $label, $revision, $at)
            ON CONFLICT (name, label) DO UPDATE SET revision = excluded.revision, set_at = excluded.set_at
            """, transaction);
        upsert.Parameters.AddWithValue("$name", name);
        upsert.Parameters.AddWithValue("$label", label);
        upsert.Parameters.AddWithValue("$revision", version);
        upsert.Parameters.AddWithValue("$at", Millis(at));
        upsert.ExecuteNonQuery();
        using var events = PrepareEvent(transaction);
        AppendEvent(events, at, by, "prompt.labelled", id, JsonSerializer.Serialize(new LabelChange(label, version), StoreJsonContext.Default.LabelChange));
    }
}
