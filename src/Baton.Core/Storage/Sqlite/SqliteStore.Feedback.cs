using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Library;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task AddFeedbackAsync(string handoffId, Item feedback, string? referencesItemId, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            using (var exists = Command("SELECT 1 FROM handoffs WHERE id = $id", transaction))
            {
                exists.Parameters.AddWithValue("$id", handoffId);
                if (exists.ExecuteScalar() is null)
                    throw BatonErrors.HandoffNotFound(handoffId);
            }

            long rowid;
            using (var inserter = new ItemInserter(this, transaction))
            {
                rowid = inserter.Insert(feedback);
                inserter.Index();
            }

            using var events = PrepareEvent(transaction);
            AppendEvent(events, feedback.CreatedAt, feedback.RevisedBy, "item.created", feedback.Id,
                $$"""{"kind":"{{feedback.Kind.Name()}}","revision":{{feedback.Revision}}}""");
            using (var tie = Command("INSERT INTO handoff_feedback (handoff, item) VALUES ($handoff, $item)", transaction))
            {
                tie.Parameters.AddWithValue("$handoff", handoffId);
                tie.Parameters.AddWithValue("$item", rowid);
                tie.ExecuteNonQuery();
            }

            var data = new JsonObject { ["item"] = feedback.Id };
            if (feedback.Source.Path is { } path)
                data["on"] = path + (feedback.Source.Lines is { } l ? $":{l.Start}-{l.End}" : "") + (feedback.Source.Commit is { } c ? "@" + c : "");
            if (referencesItemId is not null)
                data["references"] = referencesItemId;
            AppendEvent(events, feedback.CreatedAt, feedback.RevisedBy, "handoff.feedback", handoffId, data.ToJsonString());

            if (referencesItemId is not null)
            {
                var target = RequireItemRow(referencesItemId, transaction).RowId;
                using var link = Command("INSERT INTO item_links (source, type, target, created_at) VALUES ($source, 'references', $target, $at)", transaction);
                link.Parameters.AddWithValue("$source", rowid);
                link.Parameters.AddWithValue("$target", target);
                link.Parameters.AddWithValue("$at", Millis(feedback.CreatedAt));
                link.ExecuteNonQuery();
                AppendEvent(events, feedback.CreatedAt, feedback.RevisedBy, "item.linked", feedback.Id,
                    JsonSerializer.Serialize(new LinkChange("references", referencesItemId), StoreJsonContext.Default.LinkChange));
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Item>> GetFeedbackAsync(string handoffId, CancellationToken cancellationToken = default)
    {
        using var command = Command($"SELECT {ItemColumns} FROM handoff_feedback f JOIN items i ON i.rowid = f.item WHERE f.handoff = $handoff ORDER BY i.id");
        command.Parameters.AddWithValue("$handoff", handoffId);
        using var r = command.ExecuteReader();
        var items = new List<Item>();
        while (r.Read())
            items.Add(ReadItem(r));
        return Task.FromResult<IReadOnlyList<Item>>(items);
    }
}
